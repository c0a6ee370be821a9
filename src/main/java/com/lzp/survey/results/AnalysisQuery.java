package com.lzp.survey.results;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Which responses of a wave to analyse. Empty lists and maps mean "all".
 *
 * @param units unit codes
 * @param unitTypes unit type labels (党委部门 …) or names (PARTY_DEPARTMENT …)
 * @param answers per single-choice question code, the option codes to keep (role → PART)
 * @param from first submission day, inclusive, or null
 * @param to last submission day, inclusive, or null
 */
public record AnalysisQuery(
        List<String> units, List<String> unitTypes, Map<String, Set<String>> answers, LocalDate from, LocalDate to) {

    public static final AnalysisQuery ALL = new AnalysisQuery(List.of(), List.of(), Map.of(), null, null);

    public AnalysisQuery {
        units = List.copyOf(units);
        unitTypes = List.copyOf(unitTypes);
        answers = Map.copyOf(answers);
    }

    public static AnalysisQuery ofUnits(List<String> units) {
        return new AnalysisQuery(units, List.of(), Map.of(), null, null);
    }
}
