package com.lzp.survey.analysis;

import com.lzp.survey.questionnaire.Dimension;
import com.lzp.survey.questionnaire.Question;
import com.lzp.survey.questionnaire.QuestionnaireDefinition;
import java.util.List;
import tech.tablesaw.api.DoubleColumn;
import tech.tablesaw.api.IntColumn;
import tech.tablesaw.api.Table;

/**
 * Dimension scores (DESIGN.md §3): a respondent's score on a dimension is the mean of the dimension's items
 * that respondent answered, and is missing when fewer than the dimension's {@code minAnswered} items (2 of 3)
 * were answered. Missing answers are never counted as 0.
 */
public final class DimensionScores {

    private DimensionScores() {}

    /** Name of the score column of a dimension. */
    public static String column(String dimensionCode) {
        return "score." + dimensionCode;
    }

    /**
     * A new table: the response table's columns (shared, not copied: analyses only read them) with one score
     * column per dimension added.
     */
    public static Table addTo(QuestionnaireDefinition definition, Table responses) {
        Table scored = Table.create(responses.name(), responses.columns());
        for (Dimension dimension : definition.dimensions()) {
            scored.addColumns(score(definition, dimension, responses));
        }
        return scored;
    }

    /** The dimension's scores: the table's score column when it has one, else computed. */
    static DoubleColumn of(QuestionnaireDefinition definition, Dimension dimension, Table responses) {
        String name = column(dimension.code());
        return responses.containsColumn(name) ? responses.doubleColumn(name) : score(definition, dimension, responses);
    }

    static DoubleColumn score(QuestionnaireDefinition definition, Dimension dimension, Table responses) {
        List<IntColumn> items = definition.itemsOf(dimension.code()).stream()
                .map(Question::code)
                .map(responses::intColumn)
                .toList();
        DoubleColumn score = DoubleColumn.create(column(dimension.code()), responses.rowCount());
        for (int row = 0; row < responses.rowCount(); row++) {
            int answered = 0;
            double sum = 0;
            for (IntColumn item : items) {
                if (!item.isMissing(row)) {
                    answered++;
                    sum += item.getInt(row);
                }
            }
            if (answered >= dimension.minAnswered()) {
                score.set(row, sum / answered);
            } else {
                score.setMissing(row);
            }
        }
        return score;
    }
}
