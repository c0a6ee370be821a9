package com.lzp.survey.analysis;

import java.util.List;

/**
 * First overview of a wave's responses (or of a selection of its units).
 *
 * @param responses number of responses analysed
 * @param expectedCadres cadres expected in the analysed units
 * @param responseRate responses ÷ expected cadres, in percent; {@code null} when none are expected or when the
 *        responses are a selection of the units' respondents ({@code wholeUnits} false)
 * @param units each analysed unit, in unit-code order, including units without responses
 * @param items each Likert item, in questionnaire order
 * @param dimensions each dimension, in questionnaire order
 * @param wholeUnits whether the responses are all those of the analysed units (see {@link SurveyData})
 */
public record WaveSummary(
        int responses,
        long expectedCadres,
        Double responseRate,
        List<UnitResponseRate> units,
        List<ItemFrequencies> items,
        List<DimensionSummary> dimensions,
        boolean wholeUnits) {}
