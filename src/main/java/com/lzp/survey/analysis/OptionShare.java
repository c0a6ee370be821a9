package com.lzp.survey.analysis;

/**
 * How many respondents chose an option, as a share of those who answered the question.
 *
 * @param dimension the dimension the option names (main cause), else {@code null}
 * @param percent {@code null} when the share is over nobody or hidden by suppression
 */
public record OptionShare(String code, String label, String dimension, Integer count, Double percent) {}
