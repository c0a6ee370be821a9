package com.lzp.survey.analysis;

import java.util.List;

/**
 * How much of a problem dimension's variance each cause dimension explains. OLS of the problem score on the
 * cause scores over the {@code n} respondents scored on all of them (everyone else is left out); R² split among
 * the causes by LMG — each cause's R² gain averaged over all orders of entering the causes (the Shapley value,
 * exact over all subsets) — so that the shares add up to R².
 *
 * <p>Confidence intervals: percentile bootstrap (respondents resampled with replacement {@code draws} times from a
 * fixed {@code seed}; percentiles by R's type-7 rule). The same data and seed give the same intervals.
 *
 * @param causes in questionnaire order
 * @param strongestCause the cause with the largest LMG
 * @param runnerUp the cause with the second largest LMG, {@code null} with fewer than two causes
 * @param leadLower lower end of the percentile bootstrap interval of the strongest cause's lead over the runner-up
 *        (share minus share, in percentage points, both computed within each draw); above 0, the strongest cause
 *        is clearly the strongest; {@code null} without a runner-up or without valid draws
 * @param leadUpper upper end of the same interval
 */
public record CauseAttribution(
        String problem,
        String problemName,
        int n,
        Double rSquared,
        Double adjustedRSquared,
        List<CauseShare> causes,
        String strongestCause,
        String runnerUp,
        Double leadLower,
        Double leadUpper,
        int draws,
        long seed,
        double confidence) {

    /**
     * @param lmg the cause's part of R²
     * @param sharePercent lmg ÷ R², in percent
     * @param coefficient the cause's OLS coefficient in the full model (score points per score point)
     */
    public record CauseShare(
            String cause,
            String name,
            double lmg,
            double sharePercent,
            Double lmgLower,
            Double lmgUpper,
            Double shareLower,
            Double shareUpper,
            double coefficient) {}
}
