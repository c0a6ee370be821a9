package com.lzp.survey.committee;

import java.util.List;

/**
 * What a committee receives about a wave or one published group of it: never a figure about fewer respondents
 * than the threshold.
 *
 * @param scope what was selected: the whole wave, one unit type or one unit
 * @param suppressed the selection itself is too small: nothing but its size bracket is shown
 * @param units each unit of the selection; units below the threshold show neither count nor rate
 * @param headlines the first finding of each part of the report
 */
public record CommitteeSummary(
        String wave,
        String title,
        String scope,
        int threshold,
        boolean suppressed,
        Integer responses,
        Long expectedCadres,
        Double responseRate,
        List<UnitLine> units,
        List<ProblemLine> problems,
        List<CauseLine> attribution,
        List<MeasureLine> measures,
        List<String> headlines) {

    /** @param responses null when suppressed */
    public record UnitLine(
            String unit, String name, String unitType, Integer responses, Double responseRate, boolean suppressed) {}

    public record ProblemLine(String dimension, String name, Double appliesPercent, Double mean, int scored) {}

    public record CauseLine(String problem, String cause, Double sharePercent, Double lower, Double upper) {}

    public record MeasureLine(String code, String label, String group, Double percent) {}
}
