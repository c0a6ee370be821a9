package com.lzp.survey.analysis;

/** One category of a grouping variable or of a cross-tab column, in questionnaire order. */
public record Category(String code, String label) {}
