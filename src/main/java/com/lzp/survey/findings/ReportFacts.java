package com.lzp.survey.findings;

import java.time.LocalDate;

/**
 * What the report says about the wave beyond its statistics.
 *
 * @param firstDay the day of the wave's first submission, or {@code null} without responses
 * @param lastDay the day of its last submission
 * @param scope the selection the report covers when it is not the whole wave (单位类型为政府部门), else {@code null}
 */
public record ReportFacts(
        String wave, String waveTitle, boolean demo, LocalDate firstDay, LocalDate lastDay, String scope) {

    /** A whole wave whose period is not known. */
    public static ReportFacts of(String wave, String waveTitle, boolean demo) {
        return new ReportFacts(wave, waveTitle, demo, null, null, null);
    }
}
