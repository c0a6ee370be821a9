package com.lzp.survey.analysis;

import java.util.List;

/**
 * Distribution of one Likert item. Every figure is over the respondents who answered the item ({@code answered});
 * those who left it blank are counted in {@code missing} and nowhere else. Figures over no respondents are
 * {@code null}.
 *
 * @param points one count per scale point, lowest first, including points nobody chose
 * @param agreePercent share answering at least the scale's agree point (4 or 5), in percent
 * @param mean mean scale point
 * @param sd sample standard deviation (n − 1); {@code null} with fewer than two answers
 * @param reverse the item is reverse-keyed: every figure here is of the answers as given, with the item's own
 *     wording (agreeing speaks against its dimension); only the dimension score, α and what builds on them count
 *     it reversed
 */
public record ItemFrequencies(
        String item,
        String dimension,
        String text,
        int answered,
        int missing,
        List<ScalePointCount> points,
        Double agreePercent,
        Double mean,
        Double sd,
        boolean reverse) {}
