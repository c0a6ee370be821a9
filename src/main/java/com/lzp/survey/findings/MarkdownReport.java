package com.lzp.survey.findings;

import java.util.List;
import java.util.function.Function;

/**
 * The report as Markdown: title, lead, key conclusions, the parts with links to the numbered tables and notes as
 * footnotes, the researchers' texts, charts as images, the tables.
 */
public final class MarkdownReport {

    private MarkdownReport() {}

    /** @param chartUrl how a chart of the catalogue is addressed, given its file name */
    public static String render(FindingsReport report, Function<String, String> chartUrl) {
        StringBuilder md = new StringBuilder();
        md.append("# ").append(escape(report.title())).append("\n\n");
        md.append("*").append(escape(report.author())).append("*\n\n");
        if (report.scope() != null) {
            md.append("*（").append(escape(report.scope())).append("）*\n\n");
        }
        report.lead().forEach(p -> paragraph(md, p));
        if (!report.conclusions().isEmpty()) {
            md.append("调查的主要结论是：\n\n");
            report.conclusions().forEach(p -> paragraph(md, p));
        }
        for (ReportSection section : report.sections()) {
            md.append("## ").append(escape(section.heading())).append("\n\n");
            section.paragraphs().forEach(p -> paragraph(md, p));
            SectionText addendum = section.addendum();
            if (addendum != null && !addendum.isEmpty()) {
                List<String> paragraphs = addendum.paragraphs();
                for (int i = 0; i < paragraphs.size(); i++) {
                    if (i == 0 && !addendum.title().isEmpty()) {
                        md.append("**").append(escape(addendum.title())).append("。**");
                    }
                    md.append(escape(paragraphs.get(i))).append("\n\n");
                }
            }
            for (String chart : section.charts()) {
                md.append("![")
                        .append(chart)
                        .append("](")
                        .append(chartUrl.apply(chart))
                        .append(")\n\n");
            }
            for (Note note : section.notes()) {
                md.append("[^")
                        .append(note.number())
                        .append("]: ")
                        .append(escape(note.text()))
                        .append("\n");
            }
            if (!section.notes().isEmpty()) {
                md.append("\n");
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
                    .append(escape(table.title()))
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

    private static void paragraph(StringBuilder md, Paragraph paragraph) {
        if (paragraph.lead() != null) {
            md.append("**").append(escape(paragraph.lead())).append("**");
        }
        for (Span span : paragraph.spans()) {
            if (span.table() != null) {
                md.append("[")
                        .append(span.text())
                        .append("](#t")
                        .append(span.table())
                        .append(")");
            } else if (span.note() != null) {
                md.append("[^").append(span.note()).append("]");
            } else {
                md.append(escape(span.text()));
            }
        }
        md.append("\n\n");
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
