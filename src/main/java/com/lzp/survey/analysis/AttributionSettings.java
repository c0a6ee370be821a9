package com.lzp.survey.analysis;

/**
 * How cause attribution estimates its uncertainty.
 *
 * @param draws bootstrap resamples (at least 1,000 for publication)
 * @param seed seed of the resampling: the same seed gives the same intervals
 * @param confidence level of the percentile intervals (0.95)
 */
public record AttributionSettings(int draws, long seed, double confidence) {

    public AttributionSettings {
        if (draws < 0 || confidence <= 0 || confidence >= 1) {
            throw new IllegalArgumentException("draws >= 0 and 0 < confidence < 1");
        }
    }
}
