package com.lzp.survey.findings;

import java.util.List;

/**
 * One of the study's parts (调查概况, 工作成效, 存在问题, 原因剖析, 对策建议), with the charts that illustrate it.
 *
 * @param charts file names of charts of the catalogue, shown after the paragraphs
 */
public record ReportSection(String anchor, String heading, List<Paragraph> paragraphs, List<String> charts) {

    public ReportSection {
        paragraphs = List.copyOf(paragraphs);
        charts = List.copyOf(charts);
    }
}
