package com.lzp.survey.questionnaire;

import java.util.List;
import java.util.Optional;

/**
 * One question of a questionnaire.
 *
 * @param code stable code, unique in the questionnaire
 * @param type how it is answered
 * @param text wording shown to respondents
 * @param required whether a response without it is rejected (Likert items are optional: a blank is missing)
 * @param dimension for Likert items: the dimension's code
 * @param options for choice questions, in the order shown
 * @param groups for multi-choice questions: option groups, in the order shown (may be empty)
 * @param minChoices for multi-choice questions: fewest options when answered
 * @param maxChoices for multi-choice questions: most options
 * @param maxLength for text questions: most characters
 * @param label short name for tables and reports (岗位性质); the code when absent
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
        String label) {

    public Question {
        options = options == null ? List.of() : List.copyOf(options);
        groups = groups == null ? List.of() : List.copyOf(groups);
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
}
