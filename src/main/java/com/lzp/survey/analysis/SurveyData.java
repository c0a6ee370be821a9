package com.lzp.survey.analysis;

import com.lzp.survey.questionnaire.QuestionnaireDefinition;
import java.util.List;
import tech.tablesaw.api.Table;

/**
 * What an analysis runs on: the questionnaire, a {@link ResponseTable} of the responses to analyse, the units
 * analysed (with or without responses) and the unit types in the order they are reported.
 */
public record SurveyData(
        QuestionnaireDefinition definition, Table responses, List<UnitInfo> units, List<String> unitTypes) {

    public SurveyData {
        units = List.copyOf(units);
        unitTypes = List.copyOf(unitTypes);
    }
}
