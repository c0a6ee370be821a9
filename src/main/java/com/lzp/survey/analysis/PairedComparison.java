package com.lzp.survey.analysis;

/**
 * McNemar's test of two shares over the {@code n} respondents who have both indicators (see {@link McNemar}).
 *
 * @param first the entry ranked higher (the larger share over its own respondents)
 * @param firstOnly respondents with the first and not the second
 * @param secondOnly respondents with the second and not the first
 * @param statistic χ² with continuity correction, one degree of freedom; {@code null} without discordant respondents
 * @param p {@code null} without discordant respondents: the shares are equal on the pairs
 */
public record PairedComparison(
        String first, String second, int n, int firstOnly, int secondOnly, Double statistic, Double p) {}
