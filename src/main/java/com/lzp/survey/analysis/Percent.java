package com.lzp.survey.analysis;

/** Shares and means that are {@code null}, not NaN, over nobody. */
final class Percent {

    private Percent() {}

    static Double of(long part, long whole) {
        return whole == 0 ? null : 100.0 * part / whole;
    }

    static Double orNull(double value) {
        return Double.isNaN(value) ? null : value;
    }
}
