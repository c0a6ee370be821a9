package com.lzp.survey.questionnaire;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/** Checks a questionnaire definition for the mistakes an author can make in its file. */
final class DefinitionCheck {

    private DefinitionCheck() {}

    /** @return every mistake found, empty when the definition is sound */
    static List<String> mistakesIn(QuestionnaireDefinition d) {
        List<String> mistakes = new ArrayList<>();
        if (d.code() == null || !d.code().matches("[a-z0-9][a-z0-9-]{1,62}")) {
            mistakes.add("code must be lower-case letters, digits and dashes: " + d.code());
        }
        if (d.version() < 1) {
            mistakes.add("version must be 1 or more");
        }
        Scale scale = d.scale();
        if (scale == null
                || scale.max() <= scale.min()
                || scale.labels().size() != scale.points()
                || !scale.contains(scale.agreeFrom())) {
            mistakes.add("scale needs min < max, one label per point and agreeFrom inside the scale");
        }
        Set<String> dimensionCodes = new HashSet<>();
        for (Dimension dimension : d.dimensions()) {
            if (!dimensionCodes.add(dimension.code())) {
                mistakes.add("dimension code used twice: " + dimension.code());
            }
            int items = d.itemsOf(dimension.code()).size();
            if (items == 0 || dimension.minAnswered() < 1 || dimension.minAnswered() > items) {
                mistakes.add("dimension " + dimension.code() + " needs items and 1 <= minAnswered <= items");
            }
        }
        Set<String> questionCodes = new HashSet<>();
        for (Question question : d.questions()) {
            if (!questionCodes.add(question.code())) {
                mistakes.add("question code used twice: " + question.code());
            }
            mistakes.addAll(mistakesIn(question, dimensionCodes));
        }
        for (String item : d.labels().statements().keySet()) {
            if (d.question(item).map(q -> q.type() != QuestionType.LIKERT).orElse(true)) {
                mistakes.add("reportLabels.statements names " + item + ", which is not a Likert item");
            }
        }
        return mistakes;
    }

    private static List<String> mistakesIn(Question q, Set<String> dimensionCodes) {
        List<String> mistakes = new ArrayList<>();
        String where = "question " + q.code() + ": ";
        if (q.type() == null || q.text() == null || q.text().isBlank()) {
            mistakes.add(where + "needs a type and a text");
            return mistakes;
        }
        switch (q.type()) {
            case LIKERT -> {
                if (!dimensionCodes.contains(q.dimension())) {
                    mistakes.add(where + "unknown dimension " + q.dimension());
                }
            }
            case SINGLE, MULTI -> {
                Set<String> optionCodes = new HashSet<>();
                Set<String> groupCodes = new HashSet<>();
                q.groups().forEach(g -> groupCodes.add(g.code()));
                if (q.options().size() < 2) {
                    mistakes.add(where + "needs at least two options");
                }
                for (Option option : q.options()) {
                    if (!optionCodes.add(option.code())) {
                        mistakes.add(where + "option code used twice: " + option.code());
                    }
                    if (option.group() != null && !groupCodes.contains(option.group())) {
                        mistakes.add(where + "unknown option group " + option.group());
                    }
                    if (option.dimension() != null && !dimensionCodes.contains(option.dimension())) {
                        mistakes.add(where + "unknown dimension " + option.dimension());
                    }
                }
                if (q.type() == QuestionType.MULTI) {
                    int min = q.fewestChoices();
                    int max = q.mostChoices();
                    if (min < 0 || max < 1 || min > max || max > q.options().size()) {
                        mistakes.add(where + "needs 0 <= minChoices <= maxChoices <= options");
                    }
                }
            }
            case TEXT -> {
                if (q.maxLength() == null || q.maxLength() < 1) {
                    mistakes.add(where + "needs a maxLength");
                }
            }
        }
        return mistakes;
    }
}
