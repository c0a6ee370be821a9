package com.lzp.survey.findings;

import java.util.List;

/**
 * The findings of a wave, written like the committee's report: the study's parts in order, then the numbered
 * tables every number comes from.
 *
 * @param caveats the report's warnings in one list (low response rate, low reliability, wide intervals …)
 */
public record FindingsReport(
        String wave,
        String title,
        String subtitle,
        boolean demo,
        List<ReportSection> sections,
        List<ReportTable> tables,
        List<String> caveats) {

    public FindingsReport {
        sections = List.copyOf(sections);
        tables = List.copyOf(tables);
        caveats = List.copyOf(caveats);
    }
}
