package com.lzp.survey.analysis;

import com.lzp.survey.questionnaire.Dimension;
import com.lzp.survey.questionnaire.Question;
import com.lzp.survey.questionnaire.QuestionnaireDefinition;
import com.lzp.survey.questionnaire.Scale;
import java.util.List;
import tech.tablesaw.api.DoubleColumn;
import tech.tablesaw.api.IntColumn;
import tech.tablesaw.api.Table;

/**
 * Dimension scores (DESIGN.md §3): a respondent's score on a dimension is the mean of the dimension's items
 * that respondent answered, reverse-keyed items counted as scale max + min − answer, and is missing when fewer
 * than the dimension's {@code minAnswered} items (2 of 3) were answered. Missing answers are never counted as 0.
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
        List<Question> questions = definition.itemsOf(dimension.code());
        List<IntColumn> items =
                questions.stream().map(Question::code).map(responses::intColumn).toList();
        Scale scale = definition.scale();
        DoubleColumn score = DoubleColumn.create(column(dimension.code()), responses.rowCount());
        for (int row = 0; row < responses.rowCount(); row++) {
            int answered = 0;
            int sum = 0;
            for (int i = 0; i < items.size(); i++) {
                IntColumn item = items.get(i);
                if (!item.isMissing(row)) {
                    answered++;
                    sum += questions.get(i).scored(scale, item.getInt(row));
                }
            }
            if (answered >= dimension.minAnswered()) {
                score.set(row, (double) sum / answered);
            } else {
                score.setMissing(row);
            }
        }
        return score;
    }
}
