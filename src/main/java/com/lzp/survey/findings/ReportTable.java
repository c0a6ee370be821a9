package com.lzp.survey.findings;

import java.util.List;

/**
 * A numbered table of the appendix: every number in the text can be found in one of them.
 *
 * @param widths each column's relative width (a statement column is wide, a count narrow), for Word
 */
public record ReportTable(
        int number, String title, List<String> header, List<List<String>> rows, String note, List<Integer> widths) {

    public ReportTable {
        header = List.copyOf(header);
        rows = rows.stream().map(List::copyOf).toList();
        widths = widths == null || widths.size() != header.size()
                ? header.stream().map(h -> 1).toList()
                : List.copyOf(widths);
    }

    public String anchor() {
        return "t" + number;
    }
}
