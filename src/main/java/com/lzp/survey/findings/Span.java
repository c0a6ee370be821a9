package com.lzp.survey.findings;

/**
 * A piece of a report paragraph: plain text, a reference to a numbered table of the appendix ({@code table}), or a
 * reference to a note of its section ({@code note}, shown as a superscript number). HTML renders references as
 * links, Markdown as links and footnotes, Word as text and superscript.
 */
public record Span(String text, Integer table, Integer note) {

    public static Span text(String text) {
        return new Span(text, null, null);
    }

    public static Span see(int table) {
        return new Span("见附表" + table, table, null);
    }

    public static Span note(int note) {
        return new Span(String.valueOf(note), null, note);
    }
}
