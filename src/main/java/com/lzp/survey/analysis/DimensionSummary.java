package com.lzp.survey.analysis;

import com.lzp.survey.questionnaire.DimensionKind;

/**
 * A dimension's scores over respondents. {@code scored} counts respondents who answered enough of its items
 * for a score (see {@link DimensionScores}); {@code unscored} those who did not, who are left out of every
 * figure here. Figures over no respondents are {@code null}.
 *
 * @param applies respondents whose score is at least the scale's applies point (3.5)
 * @param appliesPercent {@code applies} as a share of {@code scored}, in percent
 */
public record DimensionSummary(
        String dimension,
        DimensionKind kind,
        String name,
        String aspect,
        int scored,
        int unscored,
        Double mean,
        Double sd,
        int applies,
        Double appliesPercent) {}
