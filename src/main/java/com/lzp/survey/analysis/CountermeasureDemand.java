package com.lzp.survey.analysis;

import java.util.List;

/**
 * Which countermeasures respondents want, over the {@code answered} respondents who chose at least one.
 *
 * @param measures each option, in questionnaire order
 * @param groups each group (助推剂, 粘合剂, 强化剂): respondents who chose at least one of its options
 */
public record CountermeasureDemand(
        String question, String name, int answered, List<OptionShare> measures, List<GroupDemand> groups) {

    /** @param addresses the cause dimensions this group answers */
    public record GroupDemand(String code, String label, List<String> addresses, int count, Double percent) {}
}
