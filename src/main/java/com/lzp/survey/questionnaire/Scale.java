package com.lzp.survey.questionnaire;

import java.util.List;

/**
 * The Likert scale shared by every Likert item of a questionnaire.
 *
 * @param min lowest point (1)
 * @param max highest point (5)
 * @param labels one label per point, lowest first
 * @param agreeFrom the lowest point that counts as agreeing (4: 比较同意 or 完全同意)
 * @param appliesFrom the lowest dimension score at which the dimension applies to a respondent (3.5)
 */
public record Scale(int min, int max, List<String> labels, int agreeFrom, double appliesFrom) {

    public Scale {
        labels = List.copyOf(labels);
    }

    public int points() {
        return max - min + 1;
    }

    public boolean contains(int value) {
        return value >= min && value <= max;
    }

    public String labelOf(int value) {
        return labels.get(value - min);
    }
}
