package com.lzp.survey.analysis;

/**
 * One unit's responses against its expected number of cadres.
 *
 * @param responseRate responses ÷ expected, in percent; {@code null} when no cadres are expected
 */
public record UnitResponseRate(
        String unit, String name, String unitType, int expectedCadres, int responses, Double responseRate) {}
