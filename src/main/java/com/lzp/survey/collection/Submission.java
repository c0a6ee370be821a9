package com.lzp.survey.collection;

/** The outcome of a submission: the receipt, and whether this call stored it or an earlier one had. */
public record Submission(SubmissionReceipt receipt, boolean created) {}
