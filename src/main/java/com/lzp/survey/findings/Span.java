package com.lzp.survey.findings;

/**
 * A piece of a report paragraph: plain text, or a reference to a numbered table ({@code table} is its number),
 * which HTML renders as a link, Markdown as an anchor link and Word as text.
 */
public record Span(String text, Integer table) {

    public static Span text(String text) {
        return new Span(text, null);
    }

    public static Span see(int table) {
        return new Span("见表" + table, table);
    }
}
