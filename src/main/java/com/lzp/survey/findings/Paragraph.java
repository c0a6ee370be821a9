package com.lzp.survey.findings;

import java.util.List;

/** One paragraph of the report. */
public record Paragraph(List<Span> spans) {

    public Paragraph {
        spans = List.copyOf(spans);
    }

    /** The paragraph as plain text, table references included. */
    public String plainText() {
        StringBuilder text = new StringBuilder();
        spans.forEach(s -> text.append(s.text()));
        return text.toString();
    }
}
