package com.lzp.survey.analysis;

import java.util.List;

/**
 * Which countermeasures respondents want. {@code answered} counts everyone who answered the question, including
 * those who chose none (a valid answer, DESIGN.md §3); {@code choseAny} those who chose at least one. Each share
 * is given over both.
 *
 * @param measures each option, in questionnaire order
 * @param groups each group (助推剂, 粘合剂, 强化剂): respondents who chose at least one of its options
 */
public record CountermeasureDemand(
        String question,
        String name,
        int answered,
        List<OptionShare> measures,
        List<GroupDemand> groups,
        int choseAny) {

    /**
     * @param addresses the cause dimensions this group answers
     * @param percent share of those who answered the question
     * @param percentOfChoosers share of those who chose at least one option
     */
    public record GroupDemand(
            String code, String label, List<String> addresses, int count, Double percent, Double percentOfChoosers) {}
}
