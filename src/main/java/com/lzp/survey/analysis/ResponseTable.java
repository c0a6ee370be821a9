package com.lzp.survey.analysis;

import com.lzp.survey.questionnaire.AnswerLayout;
import com.lzp.survey.questionnaire.Option;
import com.lzp.survey.questionnaire.Question;
import com.lzp.survey.questionnaire.QuestionnaireDefinition;
import java.util.ArrayList;
import java.util.List;
import tech.tablesaw.api.IntColumn;
import tech.tablesaw.api.StringColumn;
import tech.tablesaw.api.Table;
import tech.tablesaw.columns.Column;

/**
 * Builds the analysis table of a set of responses: one row per respondent; columns {@value #UNIT} and
 * {@value #UNIT_TYPE}; one integer column per Likert item named by its code (missing where unanswered); one
 * string column per single-choice question holding the option code (missing where unanswered); one 0/1
 * integer column per option of a multi-choice question, named {@code question.option}.
 * Each call builds a new table: tables are never shared between computations.
 */
public final class ResponseTable {

    public static final String UNIT = "unit";
    public static final String UNIT_TYPE = "unit_type";

    private ResponseTable() {}

    public static Table build(QuestionnaireDefinition definition, List<RespondentAnswers> responses) {
        AnswerLayout layout = definition.layout();
        for (RespondentAnswers response : responses) {
            if (response.answers().length != layout.width()) {
                throw new IllegalArgumentException("answer array of width " + response.answers().length
                        + " does not fit " + definition.label() + " (width " + layout.width() + ")");
            }
        }
        List<Column<?>> columns = new ArrayList<>();
        columns.add(StringColumn.create(UNIT, responses.stream().map(RespondentAnswers::unit)));
        columns.add(StringColumn.create(UNIT_TYPE, responses.stream().map(RespondentAnswers::unitType)));
        for (Question question : definition.questions()) {
            switch (question.type()) {
                case LIKERT -> columns.add(intColumn(question.code(), layout.slotOf(question.code()), responses));
                case SINGLE -> columns.add(choiceColumn(question, layout.slotOf(question.code()), responses));
                case MULTI -> {
                    for (Option option : question.options()) {
                        columns.add(intColumn(
                                multiColumn(question.code(), option.code()),
                                layout.slotOf(question.code(), option.code()),
                                responses));
                    }
                }
                case TEXT -> {}
            }
        }
        return Table.create("responses", columns);
    }

    /** Name of the 0/1 column of one option of a multi-choice question. */
    public static String multiColumn(String questionCode, String optionCode) {
        return questionCode + "." + optionCode;
    }

    private static IntColumn intColumn(String name, int slot, List<RespondentAnswers> responses) {
        IntColumn column = IntColumn.create(name);
        for (RespondentAnswers response : responses) {
            Short value = response.answers()[slot];
            if (value == null) {
                column.appendMissing();
            } else {
                column.append(value);
            }
        }
        return column;
    }

    private static StringColumn choiceColumn(Question question, int slot, List<RespondentAnswers> responses) {
        StringColumn column = StringColumn.create(question.code());
        for (RespondentAnswers response : responses) {
            Short position = response.answers()[slot];
            if (position == null) {
                column.appendMissing();
            } else {
                column.append(question.options().get(position - 1).code());
            }
        }
        return column;
    }
}
