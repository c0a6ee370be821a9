package com.lzp.survey.analysis;

import com.lzp.survey.questionnaire.QuestionnaireDefinition;
import java.util.List;
import tech.tablesaw.api.Table;

/**
 * What an analysis runs on: the questionnaire, a {@link ResponseTable} of the responses to analyse, the units
 * analysed (with or without responses) and the unit types in the order they are reported.
 *
 * @param wholeUnits whether the responses are all those of the analysed units: then the units' expected numbers are
 *        their denominator and a response rate is known. A selection by answer (role = 专职) or by submission date
 *        is a part of the units' respondents of unknown size: no response rate.
 */
public record SurveyData(
        QuestionnaireDefinition definition,
        Table responses,
        List<UnitInfo> units,
        List<String> unitTypes,
        boolean wholeUnits) {

    public SurveyData {
        units = List.copyOf(units);
        unitTypes = List.copyOf(unitTypes);
    }

    /** All responses of the analysed units. */
    public SurveyData(
            QuestionnaireDefinition definition, Table responses, List<UnitInfo> units, List<String> unitTypes) {
        this(definition, responses, units, unitTypes, true);
    }
}
