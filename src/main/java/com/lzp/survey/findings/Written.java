package com.lzp.survey.findings;

/**
 * A part of the report as written, with the key conclusion it contributes to the report's opening list (一是…).
 *
 * @param conclusion one sentence without notes or table references, or {@code null}
 */
record Written(ReportSection section, String conclusion) {}
