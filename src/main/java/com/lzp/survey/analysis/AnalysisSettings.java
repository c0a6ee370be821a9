package com.lzp.survey.analysis;

/**
 * Settings of a full analysis.
 *
 * @param suppressionThreshold groups with fewer respondents show no figures
 * @param attribution bootstrap settings of the cause attribution
 */
public record AnalysisSettings(int suppressionThreshold, AttributionSettings attribution) {}
