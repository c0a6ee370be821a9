package com.lzp.survey.analysis;

/**
 * How many respondents chose an option, as a share of those who answered the question.
 *
 * @param dimension the dimension the option names (main cause), else {@code null}
 * @param percent share of those who answered the question (for a multi-choice question: choosing none counts as an
 *     answer); {@code null} when the share is over nobody or hidden by suppression
 * @param percentOfChoosers for a multi-choice question: share of those who chose at least one option, else
 *     {@code null}
 */
public record OptionShare(
        String code, String label, String dimension, Integer count, Double percent, Double percentOfChoosers) {}
