package com.lzp.survey.findings;

import java.util.ArrayList;
import java.util.List;

/** A part of the report being written: its paragraphs and the notes they point to. */
final class Draft {

    private final ReportContext context;
    private final List<Paragraph> paragraphs = new ArrayList<>();
    private final List<Note> notes = new ArrayList<>();

    Draft(ReportContext context) {
        this.context = context;
    }

    /** A new paragraph, optionally opened by a run-in heading; added when {@link Builder#end()} is called. */
    Builder paragraph(String lead) {
        return new Builder(lead);
    }

    Builder paragraph() {
        return new Builder(null);
    }

    /** A paragraph of one sentence that is also a caveat of the report. */
    void caveat(String text) {
        context.caveats.add(text);
        paragraphs.add(Paragraph.of(text));
    }

    List<Paragraph> paragraphs() {
        return List.copyOf(paragraphs);
    }

    List<Note> notes() {
        return List.copyOf(notes);
    }

    boolean isEmpty() {
        return paragraphs.isEmpty();
    }

    final class Builder {
        private final String lead;
        private final List<Span> spans = new ArrayList<>();

        private Builder(String lead) {
            this.lead = lead;
        }

        Builder text(String text) {
            if (!text.isEmpty()) {
                spans.add(Span.text(text));
            }
            return this;
        }

        /** A note with the statistics behind the sentence just written; nothing when the text is empty. */
        Builder note(String text) {
            if (!text.isEmpty()) {
                int number = context.nextNote();
                notes.add(new Note(number, text));
                spans.add(Span.note(number));
            }
            return this;
        }

        /** （见附表n）, when the report has that table. */
        Builder see(AppendixTables.Key table) {
            context.table(table).ifPresent(n -> {
                spans.add(Span.text("（"));
                spans.add(Span.see(n));
                spans.add(Span.text("）"));
            });
            return this;
        }

        boolean isEmpty() {
            return spans.isEmpty();
        }

        void end() {
            if (!spans.isEmpty()) {
                paragraphs.add(new Paragraph(lead, spans));
            }
        }
    }
}
