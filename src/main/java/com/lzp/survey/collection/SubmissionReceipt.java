package com.lzp.survey.collection;

import java.time.Instant;
import java.util.UUID;

/** What a respondent gets back for a stored response: proof of receipt, never the answers. */
public record SubmissionReceipt(UUID submissionId, String wave, String waveTitle, String unit, Instant receivedAt) {

    static SubmissionReceipt of(Response response) {
        return new SubmissionReceipt(
                response.submissionId,
                response.wave.code,
                response.wave.title,
                response.unit.name,
                response.submittedAt);
    }
}
