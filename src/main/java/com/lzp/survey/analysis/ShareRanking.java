package com.lzp.survey.analysis;

import java.util.List;
import java.util.Optional;

/**
 * Shares of respondents with each of several yes/no indicators (problems that apply, items agreed with, measures
 * chosen …), largest first, and McNemar's test for every pair: the numbers a sentence needs before it may say
 * "最高" or "依次为" (DESIGN.md §3). Each share is over its own respondents (those who answered that item, were
 * scored on that dimension, answered that question), exactly as the summary shows it; a test is over the
 * respondents who have both indicators.
 *
 * @param subject what is ranked: {@code problems}, {@code causes}, {@code items.<dimension>}, {@code measures},
 *        {@code measure_groups} or the main-cause question's code
 * @param shares largest first; equal shares in questionnaire order; entries over nobody left out
 * @param pairs every pair of entries, the higher-ranked first, in ranking order (0–1, 0–2, …, 1–2, …)
 */
public record ShareRanking(String subject, List<RankedShare> shares, List<PairedComparison> pairs) {

    public ShareRanking {
        shares = List.copyOf(shares);
        pairs = List.copyOf(pairs);
    }

    /**
     * @param count respondents with the indicator
     * @param n respondents with an answer (the share's denominator)
     */
    public record RankedShare(String code, String label, int count, int n, double percent) {}

    /** The test of two entries, in either order. */
    public Optional<PairedComparison> pair(String a, String b) {
        return pairs.stream()
                .filter(p -> (p.first().equals(a) && p.second().equals(b))
                        || (p.first().equals(b) && p.second().equals(a)))
                .findFirst();
    }
}
