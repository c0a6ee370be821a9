package com.lzp.survey.analysis;

import org.hipparchus.special.Gamma;

/**
 * McNemar's test of two proportions measured on the same respondents (DESIGN.md §3: a ranking such as "最高" or
 * "依次为" needs its neighbours to differ by this test). Over the respondents who have both indicators, only the
 * discordant ones count: {@code b} have the first and not the second, {@code c} the second and not the first;
 * χ² = (|b − c| − 1)² / (b + c) with one degree of freedom.
 *
 * <p>Continuity correction: on, as R's default {@code mcnemar.test(x, correct = TRUE)} (Edwards). It makes the
 * test conservative when there are few discordant respondents, which is the direction an honest ranking needs: the
 * report would rather call two shares 大体相当 than rank them on noise. Like R, the correction applies only when
 * {@code b ≠ c} (equal counts give χ² = 0, p = 1). With no discordant respondent the two proportions are equal on
 * the pairs and there is nothing to test: statistic and p are {@code null}.
 */
public final class McNemar {

    /** Whether the report's rankings use the continuity correction; see the class comment. */
    public static final boolean CONTINUITY_CORRECTION = true;

    private McNemar() {}

    /**
     * @param firstOnly respondents with the first indicator and not the second ({@code b})
     * @param secondOnly respondents with the second and not the first ({@code c})
     * @return χ², or NaN without discordant respondents
     */
    public static double statistic(long firstOnly, long secondOnly, boolean correct) {
        long discordant = firstOnly + secondOnly;
        if (discordant == 0) {
            return Double.NaN;
        }
        double difference = Math.abs(firstOnly - secondOnly) - (correct && firstOnly != secondOnly ? 1 : 0);
        return difference * difference / discordant;
    }

    /** Upper tail of χ² with one degree of freedom. */
    public static double p(double statistic) {
        return Double.isNaN(statistic) ? Double.NaN : Gamma.regularizedGammaQ(0.5, statistic / 2);
    }

    /**
     * Compares two indicators over the respondents who have both (1 = yes, 0 = no, −1 = missing).
     *
     * @param first the indicator of the entry with the larger share in the ranking
     */
    static PairedComparison compare(String firstCode, int[] first, String secondCode, int[] second) {
        int n = 0;
        int firstOnly = 0;
        int secondOnly = 0;
        for (int r = 0; r < first.length; r++) {
            if (first[r] < 0 || second[r] < 0) {
                continue;
            }
            n++;
            if (first[r] == 1 && second[r] == 0) {
                firstOnly++;
            } else if (first[r] == 0 && second[r] == 1) {
                secondOnly++;
            }
        }
        double statistic = statistic(firstOnly, secondOnly, CONTINUITY_CORRECTION);
        return new PairedComparison(
                firstCode,
                secondCode,
                n,
                firstOnly,
                secondOnly,
                Percent.orNull(statistic),
                Percent.orNull(p(statistic)));
    }
}
