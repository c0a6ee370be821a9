package com.lzp.survey.analysis;

/**
 * How many respondents chose one point of the scale.
 *
 * @param percent share of those who answered the item, in percent; {@code null} when nobody answered
 */
public record ScalePointCount(int value, String label, int count, Double percent) {}
