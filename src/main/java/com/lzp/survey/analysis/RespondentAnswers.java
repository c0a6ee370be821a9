package com.lzp.survey.analysis;

/**
 * One response as read from storage.
 *
 * @param unit the unit's code
 * @param unitType the unit's type label (党委部门 …)
 * @param answers the answer array in the questionnaire version's layout, {@code null} where unanswered
 */
public record RespondentAnswers(String unit, String unitType, Short[] answers) {}
