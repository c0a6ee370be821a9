package com.lzp.survey.findings;

import com.fasterxml.jackson.annotation.JsonIgnore;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;

/**
 * The researchers' own text for one part of a wave's report (典型做法, 访谈发现 …), as its latest version: shown in
 * every format of the report, to committees too, who never edit it.
 *
 * @param section the part's key ({@code overview}, {@code effects}, {@code problems}, {@code causes},
 *        {@code countermeasures})
 * @param title a run-in heading (典型做法), or empty
 * @param body the text; paragraphs separated by line breaks
 * @param version 1 for the first text of the part, one more for each edit
 * @param author who wrote this version
 */
public record SectionText(String section, String title, String body, int version, String author, Instant savedAt) {

    /** The body's paragraphs, blank lines dropped. */
    public List<String> paragraphs() {
        return Arrays.stream(body.split("\\R"))
                .map(String::strip)
                .filter(p -> !p.isEmpty())
                .toList();
    }

    /** Whether there is anything to show (an edit may empty a part's text). */
    @JsonIgnore
    public boolean isEmpty() {
        return paragraphs().isEmpty();
    }

    public String plainText() {
        return (title.isEmpty() ? "" : title + "：") + String.join("\n", paragraphs());
    }
}
