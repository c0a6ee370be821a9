package com.lzp.survey.findings;

import java.util.List;

/**
 * The findings of a wave, written the way the committee writes (DESIGN.md §4): a title, a lead paragraph (导语: who,
 * when, how many, how), the numbered key conclusions (一是…二是…), the study's parts with their notes, then the
 * numbered tables every number comes from.
 *
 * @param waveTitle the wave as the office named it
 * @param author who reports (the questionnaire's report labels)
 * @param scope the selection this report covers when it is not the whole wave (单位类型：政府部门), else {@code null}
 * @param lead the lead paragraph(s)
 * @param conclusions the key conclusions, each one paragraph opening 一是, 二是 …
 * @param caveats the report's warnings in one list (low response rate, low reliability, wide intervals …)
 */
public record FindingsReport(
        String wave,
        String waveTitle,
        String title,
        String author,
        String scope,
        boolean demo,
        List<Paragraph> lead,
        List<Paragraph> conclusions,
        List<ReportSection> sections,
        List<ReportTable> tables,
        List<String> caveats) {

    public FindingsReport {
        lead = List.copyOf(lead);
        conclusions = List.copyOf(conclusions);
        sections = List.copyOf(sections);
        tables = List.copyOf(tables);
        caveats = List.copyOf(caveats);
    }

    /** Every sentence of the report as plain text, in reading order: what a reader of any format reads. */
    public String plainText() {
        StringBuilder text = new StringBuilder(title).append('\n');
        lead.forEach(p -> text.append(p.plainText()).append('\n'));
        conclusions.forEach(p -> text.append(p.plainText()).append('\n'));
        for (ReportSection section : sections) {
            text.append(section.heading()).append('\n');
            section.paragraphs().forEach(p -> text.append(p.plainText()).append('\n'));
            if (section.addendum() != null) {
                text.append(section.addendum().plainText()).append('\n');
            }
            section.notes()
                    .forEach(n -> text.append("注")
                            .append(n.number())
                            .append("：")
                            .append(n.text())
                            .append('\n'));
        }
        for (ReportTable table : tables) {
            text.append("表")
                    .append(table.number())
                    .append(' ')
                    .append(table.title())
                    .append('\n');
            text.append(String.join(" | ", table.header())).append('\n');
            table.rows().forEach(r -> text.append(String.join(" | ", r)).append('\n'));
            if (!table.note().isEmpty()) {
                text.append("注：").append(table.note()).append('\n');
            }
        }
        return text.toString();
    }
}
