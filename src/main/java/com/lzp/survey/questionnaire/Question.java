package com.lzp.survey.questionnaire;

import java.util.List;
import java.util.Optional;

/**
 * One question of a questionnaire.
 *
 * @param code stable code, unique in the questionnaire
 * @param type how it is answered
 * @param text wording shown to respondents
 * @param required whether a response without it is rejected (Likert items are usually optional: a blank is
 *     missing; profile questions may be optional too)
 * @param dimension for Likert items: the dimension's code
 * @param options for choice questions, in the order shown
 * @param groups for multi-choice questions: option groups, in the order shown (may be empty)
 * @param minChoices for multi-choice questions: fewest options when answered (0 when absent: choosing none is a
 *     valid answer, given on the form by a separate “none” box and in the API as {@code []})
 * @param maxChoices for multi-choice questions: most options (all when absent)
 * @param maxLength for text questions: most characters ({@value #DEFAULT_MAX_LENGTH} when absent)
 * @param label short name for tables and reports (岗位性质); the code when absent
 * @param reverse for Likert items: reverse-keyed — agreeing speaks against the dimension — so that dimension
 *     scores, α, correlations and the attribution use max + min − answer; frequencies and agree % stay on the
 *     answers as given, with the item's own wording (false when absent)
 * @param noneLabel for multi-choice questions where choosing none is valid: the wording of the “none” box on the
 *     form ({@value #DEFAULT_NONE_LABEL} when absent)
 */
public record Question(
        String code,
        QuestionType type,
        String text,
        boolean required,
        String dimension,
        List<Option> options,
        List<OptionGroup> groups,
        Integer minChoices,
        Integer maxChoices,
        Integer maxLength,
        String label,
        boolean reverse,
        String noneLabel) {

    public static final int DEFAULT_MAX_LENGTH = 500;
    public static final String DEFAULT_NONE_LABEL = "以上都不选";

    public Question {
        options = options == null ? List.of() : List.copyOf(options);
        groups = groups == null ? List.of() : List.copyOf(groups);
        if (type == QuestionType.TEXT && maxLength == null) {
            maxLength = DEFAULT_MAX_LENGTH;
        }
    }

    /** The short name used in tables and reports. */
    public String name() {
        return label == null || label.isBlank() ? code : label;
    }

    /** Fewest options a multi-choice answer may hold. */
    public int fewestChoices() {
        return minChoices == null ? 0 : minChoices;
    }

    /** Most options a multi-choice answer may hold. */
    public int mostChoices() {
        return maxChoices == null ? options.size() : maxChoices;
    }

    /**
     * Whether choosing no option is an answer of its own (stored as every option 0), distinct from leaving the
     * question unanswered (every option missing).
     */
    public boolean noneIsAnAnswer() {
        return type == QuestionType.MULTI && fewestChoices() == 0;
    }

    /** The wording of the “none” box of a multi-choice question where choosing none is valid. */
    public String noneText() {
        return noneLabel == null || noneLabel.isBlank() ? DEFAULT_NONE_LABEL : noneLabel;
    }

    public Optional<Option> option(String optionCode) {
        return options.stream().filter(o -> o.code().equals(optionCode)).findFirst();
    }

    public int positionOf(String optionCode) {
        for (int i = 0; i < options.size(); i++) {
            if (options.get(i).code().equals(optionCode)) {
                return i + 1;
            }
        }
        return -1;
    }

    /** The value a respondent's answer to this Likert item counts as in scores: reversed when reverse-keyed. */
    public int scored(Scale scale, int answer) {
        return reverse ? scale.reversed(answer) : answer;
    }
}
