package com.lzp.survey.demo;

import com.fasterxml.jackson.databind.JsonNode;
import com.lzp.survey.collection.UnitType;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/** A synthetic wave: units with their expected sizes and responses in the submission wire format. */
public record DemoWave(List<DemoUnit> units, List<DemoResponse> responses) {

    public record DemoUnit(String code, String name, UnitType type, int expectedCadres) {}

    public record DemoResponse(UUID submissionId, String unit, Map<String, JsonNode> answers, Instant submittedAt) {}
}
