package com.lzp.survey.collection;

import java.util.Map;

/**
 * A response's answers checked against its questionnaire version and laid out for storage.
 *
 * @param answers one slot per the version's answer layout, {@code null} where unanswered
 * @param texts free-text answers by question code, only those given
 * @param fingerprint SHA-256 over both, to recognise an identical retry
 */
public record EncodedAnswers(Short[] answers, Map<String, String> texts, String fingerprint) {

    public EncodedAnswers {
        texts = Map.copyOf(texts);
    }
}
