package com.lzp.survey.findings;

import java.util.List;

/** A numbered table of the appendix: every number in the text can be found in one of them. */
public record ReportTable(int number, String title, List<String> header, List<List<String>> rows, String note) {

    public ReportTable {
        header = List.copyOf(header);
        rows = rows.stream().map(List::copyOf).toList();
    }

    public String anchor() {
        return "t" + number;
    }
}
