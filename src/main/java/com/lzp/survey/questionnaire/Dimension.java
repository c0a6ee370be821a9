package com.lzp.survey.questionnaire;

/**
 * A group of Likert items scored together. A respondent's score is the mean of the items answered, reverse-keyed
 * items reversed first (DESIGN.md §3).
 *
 * @param code stable code (E, P1, P2, P3, C1, C2, C3 in the built-in questionnaire)
 * @param kind its role: effect, problem, cause or other ({@link DimensionKind#OTHER} when absent)
 * @param name short name used in reports (热情不高, 认识 …)
 * @param aspect what the dimension is about (工作态度, 思想认识不到位 …); the name when absent
 * @param minAnswered how many of its items a respondent must answer for a dimension score; when absent (0), two
 *     thirds of its items rounded up (2 of 3), as DESIGN.md §3 says
 * @param countermeasureGroup for a cause: the code of the countermeasure group that answers it, else null
 */
public record Dimension(
        String code, DimensionKind kind, String name, String aspect, int minAnswered, String countermeasureGroup) {

    public Dimension {
        kind = kind == null ? DimensionKind.OTHER : kind;
        aspect = aspect == null || aspect.isBlank() ? name : aspect;
    }

    /** The default {@code minAnswered} of a dimension with {@code items} items: two thirds, rounded up. */
    static int twoThirdsOf(int items) {
        return Math.max(1, (2 * items + 2) / 3);
    }

    Dimension withMinAnswered(int value) {
        return new Dimension(code, kind, name, aspect, value, countermeasureGroup);
    }
}
