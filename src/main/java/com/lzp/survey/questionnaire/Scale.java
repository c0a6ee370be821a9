package com.lzp.survey.questionnaire;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonProperty;
import java.util.List;

/**
 * The Likert scale shared by every Likert item of a questionnaire: any number of points (4-, 5-, 6-, 7-point …).
 *
 * @param min lowest point (1)
 * @param max highest point (5)
 * @param labels one label per point, lowest first
 * @param agreeFrom the lowest point that counts as agreeing (4: 比较同意 or 完全同意). When absent: the points above
 *     the middle — {@code min + ⌈points/2⌉} (4 of 1–5, 3 of 1–4, 4 of 1–6, 5 of 1–7)
 * @param appliesFrom the lowest dimension score at which the dimension applies to a respondent (3.5). When absent:
 *     half a point below {@code agreeFrom}
 */
public record Scale(int min, int max, List<String> labels, int agreeFrom, double appliesFrom) {

    /** The scale of a definition that names none: the study's five points, agreeing from 4, applying from 3.5. */
    public static final Scale FIVE_POINT = new Scale(1, 5, List.of("完全不同意", "不太同意", "说不清", "比较同意", "完全同意"), 4, 3.5);

    public Scale {
        labels = labels == null ? List.of() : List.copyOf(labels);
    }

    /** Reads a scale whose agree and applies points may be left out. */
    @JsonCreator
    static Scale read(
            @JsonProperty("min") int min,
            @JsonProperty("max") int max,
            @JsonProperty("labels") List<String> labels,
            @JsonProperty("agreeFrom") Integer agreeFrom,
            @JsonProperty("appliesFrom") Double appliesFrom) {
        int agree = agreeFrom != null ? agreeFrom : defaultAgreeFrom(min, max);
        return new Scale(min, max, labels, agree, appliesFrom != null ? appliesFrom : agree - 0.5);
    }

    static int defaultAgreeFrom(int min, int max) {
        int points = max - min + 1;
        return min + (points + 1) / 2;
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

    /** The value a reverse-keyed answer is scored as: max + min − answer. */
    public int reversed(int value) {
        return max + min - value;
    }
}
