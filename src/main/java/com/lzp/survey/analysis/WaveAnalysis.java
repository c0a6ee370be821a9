package com.lzp.survey.analysis;

import java.util.List;
import java.util.Optional;

/**
 * Every statistic of DESIGN.md §3 for one selection of a wave's responses. When fewer respondents are selected
 * than the suppression threshold, {@code suppressed} is true and only {@code responses} is given.
 *
 * @param summary responses, response rates, item frequencies, dimension scores
 * @param reliability Cronbach's α per dimension
 * @param crossTabs each grouping variable against each problem dimension's applies/doesn't and the main cause
 * @param groupDifferences each grouping variable × each dimension score
 * @param correlations Spearman correlations among the problem and cause dimension scores
 * @param attribution cause attribution per problem dimension
 * @param mainCause the respondents' own view of the main cause, compared with the attribution
 * @param demand countermeasures asked for
 * @param rankings the shares a report may rank, with McNemar's test for every pair
 * @param composition respondents by each grouping variable
 */
public record WaveAnalysis(
        int responses,
        boolean suppressed,
        int suppressionThreshold,
        WaveSummary summary,
        List<Reliability> reliability,
        List<CrossTab> crossTabs,
        List<GroupDifference> groupDifferences,
        Correlations correlations,
        List<CauseAttribution> attribution,
        MainCauseShares mainCause,
        CountermeasureDemand demand,
        List<ShareRanking> rankings,
        List<Composition> composition) {

    public WaveAnalysis {
        rankings = rankings == null ? List.of() : List.copyOf(rankings);
        composition = composition == null ? List.of() : List.copyOf(composition);
    }

    /** The ranking of one subject (see {@link ShareRanking#subject()}), if the definition has it. */
    public Optional<ShareRanking> ranking(String subject) {
        return rankings.stream().filter(r -> r.subject().equals(subject)).findFirst();
    }
}
