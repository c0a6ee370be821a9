package com.lzp.survey.questionnaire;

/**
 * A group of Likert items scored together.
 *
 * @param code stable code (E, P1, P2, P3, C1, C2, C3 in the built-in questionnaire)
 * @param kind effect, problem or cause
 * @param name short name used in reports (热情不高, 认识 …)
 * @param aspect what the dimension is about (工作态度, 思想认识不到位 …)
 * @param minAnswered how many of its items a respondent must answer for a dimension score
 * @param countermeasureGroup for a cause: the code of the countermeasure group that answers it, else null
 */
public record Dimension(
        String code, DimensionKind kind, String name, String aspect, int minAnswered, String countermeasureGroup) {}
