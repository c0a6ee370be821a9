package com.lzp.survey.questionnaire;

/** How a question is answered, and so how its answer is encoded in a response's answer array. */
public enum QuestionType {
    /** One point of the questionnaire's scale; one slot holding the point (1..5 for the built-in scale). */
    LIKERT,
    /** Exactly one option; one slot holding the option's 1-based position. */
    SINGLE,
    /** Several options up to a maximum; one slot per option holding 1 (chosen) or 0 (not chosen). */
    MULTI,
    /** Free text; no slot, stored beside the array. */
    TEXT
}
