package com.lzp.survey.analysis;

import java.util.List;

/**
 * Spearman rank correlations among dimension scores, each pair over the respondents scored on both
 * ({@code n[i][j]}); as R {@code cor(x[ok], y[ok], method = "spearman")} pair by pair. {@code null} where a pair
 * has fewer than three respondents or no variance.
 */
public record Correlations(
        List<String> dimensions, List<String> names, List<List<Double>> rho, List<List<Integer>> n) {}
