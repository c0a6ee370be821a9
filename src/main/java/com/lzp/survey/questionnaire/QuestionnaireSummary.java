package com.lzp.survey.questionnaire;

/** A stored questionnaire version as listed to clients. */
public record QuestionnaireSummary(String code, int version, String title, int questions, int likertItems) {}
