package com.lzp.survey.findings;

/**
 * A researcher's new text for one part of a report.
 *
 * @param title a run-in heading such as 典型做法 (at most 40 characters), or empty
 * @param body the text, paragraphs separated by line breaks, at most 5,000 characters; empty removes the part's
 *        text from the report (as a new version, so the history keeps what was there)
 * @param expectedVersion the version the editor started from (0 for a part without text); when another edit came
 *        first the request is refused with 409 instead of overwriting it; {@code null} skips the check
 */
public record SectionTextRequest(String title, String body, Integer expectedVersion) {}
