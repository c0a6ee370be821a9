package com.lzp.survey.testing;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/** Builds submission bodies: start from a complete answer sheet, then change what the test is about. */
public final class Answers {

    private final Map<String, Object> answers = new LinkedHashMap<>();
    private UUID submissionId = UUID.randomUUID();

    private Answers() {}

    /** Every question of the built-in questionnaire answered: all Likert items 4, two measures, no suggestion. */
    public static Answers builtInComplete() {
        Answers a = new Answers();
        a.answers.put("role", "FULL");
        a.answers.put("tenure", "Y1_3");
        a.answers.put("position", "BRANCH_SECRETARY");
        for (String item : List.of(
                "E1", "E2", "E3", "P1a", "P1b", "P1c", "P2a", "P2b", "P2c", "P3a", "P3b", "P3c", "C1a", "C1b", "C1c",
                "C2a", "C2b", "C2c", "C3a", "C3b", "C3c")) {
            a.answers.put(item, 4);
        }
        a.answers.put("main_cause", "C3");
        a.answers.put("measures", List.of("M1", "M8"));
        return a;
    }

    /** Only the required question of the four-point test questionnaire answered. */
    public static Answers mini(String role) {
        Answers a = new Answers();
        a.answers.put("role", role);
        return a;
    }

    public Answers with(String code, Object value) {
        answers.put(code, value);
        return this;
    }

    public Answers without(String code) {
        answers.remove(code);
        return this;
    }

    public Answers submissionId(UUID id) {
        this.submissionId = id;
        return this;
    }

    public UUID submissionId() {
        return submissionId;
    }

    /** The request body. */
    public Map<String, Object> body() {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("submissionId", submissionId.toString());
        body.put("answers", new LinkedHashMap<>(answers));
        return body;
    }
}
