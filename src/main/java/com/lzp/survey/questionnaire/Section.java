package com.lzp.survey.questionnaire;

import java.util.List;

/** A page-like block of questions, shown in order (基本情况, 工作成效 …). */
public record Section(String code, String title, String intro, List<Question> questions) {

    public Section {
        questions = questions == null ? List.of() : List.copyOf(questions);
    }
}
