package com.lzp.survey.analysis;

import java.util.ArrayList;
import java.util.List;

/**
 * Who answered, by one grouping variable (unit type or a profile question): the respondents in each category.
 *
 * @param answered respondents with a category (those who left the question blank are not counted)
 * @param parts in questionnaire order; a category with at least one but fewer respondents than the suppression
 *        threshold shows no count, and when only one category is hidden the next smallest is hidden too, so that
 *        no count can be recovered by subtraction from {@code answered}
 */
public record Composition(String variable, String name, int answered, List<Part> parts) {

    public Composition {
        parts = List.copyOf(parts);
    }

    /** @param count {@code null} when suppressed */
    public record Part(String code, String label, Integer count, boolean suppressed) {}

    static Composition of(GroupingVariable variable, int[] categoryIndex, int threshold) {
        int[] counts = new int[variable.categories().size()];
        int answered = 0;
        for (int index : categoryIndex) {
            if (index >= 0) {
                counts[index]++;
                answered++;
            }
        }
        boolean[] hidden = new boolean[counts.length];
        int hiddenCount = 0;
        for (int i = 0; i < counts.length; i++) {
            hidden[i] = counts[i] > 0 && counts[i] < threshold;
            hiddenCount += hidden[i] ? 1 : 0;
        }
        if (hiddenCount == 1) {
            int smallest = -1;
            for (int i = 0; i < counts.length; i++) {
                if (!hidden[i] && counts[i] > 0 && (smallest < 0 || counts[i] < counts[smallest])) {
                    smallest = i;
                }
            }
            if (smallest >= 0) {
                hidden[smallest] = true;
            }
        }
        List<Part> parts = new ArrayList<>();
        for (int i = 0; i < counts.length; i++) {
            Category category = variable.categories().get(i);
            parts.add(new Part(category.code(), category.label(), hidden[i] ? null : counts[i], hidden[i]));
        }
        return new Composition(variable.column(), variable.name(), answered, parts);
    }
}
