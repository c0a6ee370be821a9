package com.lzp.survey.questionnaire;

import java.util.HashMap;
import java.util.Map;

/**
 * Positions of answers in a response's compact answer array: one slot per Likert item and per single-choice
 * question, one slot per option of a multi-choice question, in form order. Text answers have no slot.
 * Because a version's definition never changes, its layout never changes either.
 */
public final class AnswerLayout {

    private final Map<String, Integer> slots;
    private final int width;

    private AnswerLayout(Map<String, Integer> slots, int width) {
        this.slots = Map.copyOf(slots);
        this.width = width;
    }

    static AnswerLayout of(QuestionnaireDefinition definition) {
        Map<String, Integer> slots = new HashMap<>();
        int next = 0;
        for (Question question : definition.questions()) {
            switch (question.type()) {
                case LIKERT, SINGLE -> slots.put(question.code(), next++);
                case MULTI -> {
                    for (Option option : question.options()) {
                        slots.put(key(question.code(), option.code()), next++);
                    }
                }
                case TEXT -> {}
            }
        }
        return new AnswerLayout(slots, next);
    }

    /** Number of slots in a stored answer array. */
    public int width() {
        return width;
    }

    /** Slot of a Likert or single-choice question. */
    public int slotOf(String questionCode) {
        return require(questionCode);
    }

    /** Slot of one option of a multi-choice question. */
    public int slotOf(String questionCode, String optionCode) {
        return require(key(questionCode, optionCode));
    }

    private int require(String key) {
        Integer slot = slots.get(key);
        if (slot == null) {
            throw new IllegalArgumentException("no answer slot for " + key);
        }
        return slot;
    }

    private static String key(String questionCode, String optionCode) {
        return questionCode + "/" + optionCode;
    }
}
