package com.lzp.survey.findings;

/**
 * A note (注) of a report section: the statistics behind a sentence (tests, p, R², intervals), kept out of the
 * running text as the committee's documents do. Numbered through the whole report.
 */
public record Note(int number, String text) {}
