package com.lzp.survey.analysis;

import java.util.List;

/**
 * The respondents' own view of the main cause, beside the measured attribution.
 *
 * @param answered respondents who answered the question: the denominator of every share
 * @param overall each option, in questionnaire order
 * @param byGroup the same within each group of each grouping variable; groups below the suppression threshold
 *        show no figures
 * @param comparisons per problem: whether the cause the attribution finds strongest is the one named most often
 * @param statement the comparison in one Chinese sentence
 */
public record MainCauseShares(
        String question,
        String name,
        int answered,
        List<OptionShare> overall,
        List<GroupShares> byGroup,
        List<Comparison> comparisons,
        String statement) {

    public record GroupShares(
            String variable,
            String variableName,
            String group,
            String label,
            int answered,
            boolean suppressed,
            List<OptionShare> shares) {}

    /**
     * @param strongestMeasured the cause with the largest LMG share for the problem
     * @param mostNamed the cause respondents named most often as the main one (overall)
     */
    public record Comparison(
            String problem, String problemName, String strongestMeasured, String mostNamed, boolean agrees) {}
}
