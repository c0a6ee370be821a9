package com.lzp.survey.questionnaire;

/**
 * One option of a single- or multi-choice question.
 *
 * @param code stable code sent by clients and used in exports
 * @param label wording shown to respondents
 * @param group for multi-choice questions with groups: the group's code, else null
 * @param dimension when choosing the option names a dimension (main_cause): that dimension's code, else null
 */
public record Option(String code, String label, String group, String dimension) {}
