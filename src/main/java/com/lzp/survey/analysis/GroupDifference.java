package com.lzp.survey.analysis;

import java.util.List;

/**
 * Whether a dimension's score differs between the groups of a grouping variable, over the {@code n} respondents
 * with a score and a group. Two groups with respondents: Mann–Whitney U (normal approximation with tie and
 * continuity correction, as R {@code wilcox.test(exact = FALSE)}), effect size r = |z| / √n. More groups:
 * Kruskal–Wallis H with tie correction (R {@code kruskal.test}), effect size ε² = H / (n − 1). Fewer than two
 * groups with respondents: no test ({@code test} is {@code null}).
 *
 * @param statistic U (for the first group in questionnaire order, R's W) or H
 * @param z the standardized U; {@code null} for Kruskal–Wallis
 * @param df degrees of freedom of H; {@code null} for Mann–Whitney
 * @param groups every category, with figures hidden for groups smaller than the suppression threshold
 */
public record GroupDifference(
        String variable,
        String variableName,
        String dimension,
        String dimensionName,
        String test,
        int n,
        List<GroupScore> groups,
        Double statistic,
        Double z,
        Integer df,
        Double p,
        Double effectSize,
        String effectSizeMeasure,
        boolean significant) {

    public static final String MANN_WHITNEY = "Mann-Whitney U";
    public static final String KRUSKAL_WALLIS = "Kruskal-Wallis H";

    /** One group's scores: {@code mean} and {@code median} are {@code null} when suppressed or empty. */
    public record GroupScore(String code, String label, int n, boolean suppressed, Double mean, Double median) {}
}
