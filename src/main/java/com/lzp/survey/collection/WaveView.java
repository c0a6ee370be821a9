package com.lzp.survey.collection;

import java.time.Instant;

/** A wave as listed to admins and researchers. */
public record WaveView(
        String code,
        String title,
        String questionnaire,
        int questionnaireVersion,
        WaveStatus status,
        boolean demo,
        Instant createdAt,
        Instant closedAt,
        int units,
        long expectedCadres,
        long responses) {}
