package com.lzp.survey.findings;

import java.util.List;

/**
 * One of the report's parts (调查基本情况, 工作成效, 存在问题, 原因剖析, 对策建议), with the researchers' own text
 * for it, the notes its sentences point to and the charts that illustrate it.
 *
 * @param key stable name of the part ({@code overview}, {@code effects}, {@code problems}, {@code causes},
 *        {@code countermeasures}): the anchor in HTML and the key of its researcher text
 * @param addendum the researchers' text for this part (典型做法, 访谈发现 …), or {@code null}
 * @param charts file names of charts of the catalogue, shown after the text
 */
public record ReportSection(
        String key,
        String heading,
        List<Paragraph> paragraphs,
        SectionText addendum,
        List<Note> notes,
        List<String> charts) {

    public ReportSection {
        paragraphs = List.copyOf(paragraphs);
        notes = List.copyOf(notes);
        charts = List.copyOf(charts);
    }

    /** The HTML anchor of the part. */
    public String anchor() {
        return key;
    }
}
