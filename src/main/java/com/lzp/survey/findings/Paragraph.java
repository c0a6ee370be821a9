package com.lzp.survey.findings;

import java.util.List;

/**
 * One paragraph of the report.
 *
 * @param lead a run-in heading that opens the paragraph in the heading font (（一）热情不高。), or {@code null}
 */
public record Paragraph(String lead, List<Span> spans) {

    public Paragraph {
        spans = List.copyOf(spans);
    }

    public Paragraph(List<Span> spans) {
        this(null, spans);
    }

    public static Paragraph of(String text) {
        return new Paragraph(null, List.of(Span.text(text)));
    }

    /** The paragraph as plain text: the lead, the text, table references, note numbers in brackets. */
    public String plainText() {
        StringBuilder text = new StringBuilder(lead == null ? "" : lead);
        spans.forEach(s -> text.append(s.note() == null ? s.text() : "[" + s.text() + "]"));
        return text.toString();
    }
}
