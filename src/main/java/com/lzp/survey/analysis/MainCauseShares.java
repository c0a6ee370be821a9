package com.lzp.survey.analysis;

import java.util.List;

/**
 * The respondents' own view of the main cause, beside the measured attribution.
 *
 * @param answered respondents who answered the question: the denominator of every overall share
 * @param overall each option, in questionnaire order
 * @param byGroup the same within each group of each grouping variable; groups below the suppression threshold
 *        show no figures
 * @param byProblem per problem, like with like: the main-cause answers of the respondents to whom it applies
 *        against the others'
 */
public record MainCauseShares(
        String question,
        String name,
        int answered,
        List<OptionShare> overall,
        List<GroupShares> byGroup,
        List<ProblemView> byProblem) {

    public record GroupShares(
            String variable,
            String variableName,
            String group,
            String label,
            int answered,
            boolean suppressed,
            List<OptionShare> shares) {}

    /**
     * The self-report for one problem (DESIGN.md §3): do the respondents to whom the problem applies name a
     * different main cause than the others?
     *
     * @param strongestMeasured the cause with the largest LMG share for the problem, or {@code null}
     * @param byApplies rows 存在 (the problem applies: dimension score at least the applies point) and 不存在,
     *        columns the options; over the respondents scored on the problem who answered the question, with
     *        Pearson's χ² test of independence (no continuity correction)
     * @param affectedResiduals per option, the adjusted standardized residual of the 存在 row (R
     *        {@code chisq.test(x, correct = FALSE)$stdres}): above 1.96 the option is named significantly more
     *        often by those with the problem than independence would give; {@code null} for an option nobody
     *        chose, and the whole list {@code null} without a test or when a row is suppressed
     */
    public record ProblemView(
            String problem,
            String problemName,
            String strongestMeasured,
            CrossTab byApplies,
            List<Double> affectedResiduals) {}
}
