package com.lzp.survey.collection;

/** One unit's invitation link in a wave, with its response count so far. */
public record InvitationView(
        String unit,
        String unitName,
        UnitType unitType,
        String unitTypeLabel,
        int expectedCadres,
        String token,
        String link,
        boolean open,
        long responses) {}
