package com.lzp.survey.findings;

import java.util.List;
import java.util.function.Function;

/** The report as Markdown: headings, paragraphs with links to the numbered tables, charts as images, the tables. */
public final class MarkdownReport {

    private MarkdownReport() {}

    /** @param chartUrl how a chart of the catalogue is addressed, given its file name */
    public static String render(FindingsReport report, Function<String, String> chartUrl) {
        StringBuilder md = new StringBuilder();
        md.append("# ").append(report.title()).append("\n\n");
        md.append("*").append(report.subtitle()).append("*\n\n");
        for (ReportSection section : report.sections()) {
            md.append("## ").append(section.heading()).append("\n\n");
            for (Paragraph paragraph : section.paragraphs()) {
                for (Span span : paragraph.spans()) {
                    md.append(
                            span.table() == null
                                    ? escape(span.text())
                                    : "[" + span.text() + "](#t" + span.table() + ")");
                }
                md.append("\n\n");
            }
            for (String chart : section.charts()) {
                md.append("![")
                        .append(chart)
                        .append("](")
                        .append(chartUrl.apply(chart))
                        .append(")\n\n");
            }
        }
        if (!report.tables().isEmpty()) {
            md.append("## 附表\n\n");
        }
        for (ReportTable table : report.tables()) {
            md.append("<a id=\"t").append(table.number()).append("\"></a>\n\n");
            md.append("### 表")
                    .append(table.number())
                    .append(" ")
                    .append(table.title())
                    .append("\n\n");
            md.append(row(table.header()))
                    .append(row(table.header().stream().map(h -> "---").toList()));
            table.rows().forEach(r -> md.append(row(r)));
            if (!table.note().isEmpty()) {
                md.append("\n注：").append(escape(table.note())).append("\n");
            }
            md.append("\n");
        }
        return md.toString();
    }

    private static String row(List<String> cells) {
        return "| "
                + String.join(
                        " | ",
                        cells.stream().map(c -> escape(c).replace("|", "\\|")).toList()) + " |\n";
    }

    private static String escape(String text) {
        return text.replace("*", "\\*").replace("_", "\\_");
    }
}
