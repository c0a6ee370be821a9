package com.lzp.survey.analysis;

import com.lzp.survey.questionnaire.Dimension;
import com.lzp.survey.questionnaire.DimensionKind;
import com.lzp.survey.questionnaire.Question;
import com.lzp.survey.questionnaire.QuestionType;
import com.lzp.survey.questionnaire.QuestionnaireDefinition;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** The roles the questions of a definition play in the analysis, read from the definition itself. */
public final class Variables {

    public static final String UNIT_TYPE_NAME = "单位类型";

    private Variables() {}

    /** The unit type, then every single-choice question whose options name no dimension, in form order. */
    public static List<GroupingVariable> grouping(QuestionnaireDefinition definition, List<String> unitTypes) {
        List<GroupingVariable> variables = new ArrayList<>();
        variables.add(new GroupingVariable(
                ResponseTable.UNIT_TYPE,
                UNIT_TYPE_NAME,
                unitTypes.stream().map(t -> new Category(t, t)).toList()));
        for (Question question : definition.singleChoices()) {
            if (question.options().stream().allMatch(o -> o.dimension() == null)) {
                variables.add(new GroupingVariable(
                        question.code(),
                        question.name(),
                        question.options().stream()
                                .map(o -> new Category(o.code(), o.label()))
                                .toList()));
            }
        }
        return variables;
    }

    /** The respondent's own view of the main cause: a single choice whose options each name a cause dimension. */
    public static Optional<Question> mainCause(QuestionnaireDefinition definition) {
        return definition.singleChoices().stream()
                .filter(q -> !q.options().isEmpty()
                        && q.options().stream()
                                .allMatch(o -> o.dimension() != null
                                        && definition
                                                .dimension(o.dimension())
                                                .map(d -> d.kind() == DimensionKind.CAUSE)
                                                .orElse(false)))
                .findFirst();
    }

    /** The countermeasures: a multi-choice question whose options belong to groups. */
    public static Optional<Question> measures(QuestionnaireDefinition definition) {
        return definition.questions().stream()
                .filter(q -> q.type() == QuestionType.MULTI && !q.groups().isEmpty())
                .findFirst();
    }

    /** Problem and cause dimensions, in questionnaire order. */
    public static List<Dimension> problemsAndCauses(QuestionnaireDefinition definition) {
        return definition.dimensions().stream()
                .filter(d -> d.kind() == DimensionKind.PROBLEM || d.kind() == DimensionKind.CAUSE)
                .toList();
    }
}
