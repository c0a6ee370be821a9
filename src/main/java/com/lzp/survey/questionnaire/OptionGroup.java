package com.lzp.survey.questionnaire;

/** A named group of options of a multi-choice question (助推剂, 粘合剂, 强化剂 for the measures). */
public record OptionGroup(String code, String label) {}
