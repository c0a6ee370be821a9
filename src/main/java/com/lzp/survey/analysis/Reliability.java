package com.lzp.survey.analysis;

import java.util.List;

/**
 * Internal consistency of one dimension, on complete cases: respondents who answered every item of the dimension
 * ({@code n}); everyone else is left out. Figures that cannot be computed (fewer than two complete cases, or an
 * item or the total without variance) are {@code null}. Reverse-keyed items enter reversed (scale max + min −
 * answer), as in R {@code psych::alpha(x, keys = …)}.
 *
 * @param rawAlpha Cronbach's α from the item covariances, as R {@code psych::alpha(na.omit(x))$total$raw_alpha}
 * @param standardizedAlpha α from the item correlations ({@code std.alpha})
 * @param averageR mean inter-item correlation ({@code average_r})
 */
public record Reliability(
        String dimension,
        String name,
        int items,
        int n,
        Double rawAlpha,
        Double standardizedAlpha,
        Double averageR,
        List<ItemReliability> itemStatistics) {

    /**
     * @param correctedItemTotal correlation of the item with the sum of the other items ({@code r.drop})
     * @param alphaIfDropped raw α of the other items ({@code alpha.drop$raw_alpha})
     */
    public record ItemReliability(String item, Double correctedItemTotal, Double alphaIfDropped) {}
}
