package com.lzp.survey.collection;

import com.lzp.survey.questionnaire.QuestionnaireDefinition;

/** Everything a form needs to show for an invitation link: whose link it is, whether it is open, the questions. */
public record InvitationForm(
        String wave,
        String waveTitle,
        boolean demo,
        String unit,
        String unitName,
        String unitType,
        boolean open,
        QuestionnaireDefinition questionnaire) {}
