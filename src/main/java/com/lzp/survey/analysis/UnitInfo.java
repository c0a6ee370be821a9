package com.lzp.survey.analysis;

/** A unit taking part in a wave, as the analysis needs it. */
public record UnitInfo(String code, String name, String type, int expectedCadres) {}
