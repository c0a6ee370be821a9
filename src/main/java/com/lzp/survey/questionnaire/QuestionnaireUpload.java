package com.lzp.survey.questionnaire;

import java.util.List;

/**
 * What storing an uploaded definition did.
 *
 * @param outcome {@code CREATED} (a new version, 201), {@code UNCHANGED} (the identical definition was stored
 *     already, 200), {@code REPLACED} (a different definition under this number that no wave used, 200) or
 *     {@code RELABELLED} (only the report labels changed, 200)
 * @param message what happened, in Chinese
 * @param location where the stored definition is served
 * @param preview the page that shows it as respondents would see it
 * @param warnings what an XLSForm held that was passed over (unknown columns, constraints not understood)
 */
public record QuestionnaireUpload(
        String code,
        int version,
        String title,
        int questions,
        int likertItems,
        QuestionnaireCatalog.Outcome outcome,
        String message,
        String location,
        String preview,
        List<String> warnings) {

    public QuestionnaireUpload {
        warnings = List.copyOf(warnings);
    }

    static QuestionnaireUpload of(QuestionnaireCatalog.Registration registration, List<String> warnings) {
        QuestionnaireDefinition d = registration.definition();
        String message = switch (registration.outcome()) {
            case CREATED -> "已保存问卷「" + d.title() + "」第 " + d.version() + " 版。";
            case UNCHANGED -> "问卷「" + d.title() + "」第 " + d.version() + " 版已存在且内容相同，未作改动。";
            case REPLACED -> "问卷「" + d.title() + "」第 " + d.version() + " 版尚未被任何调查批次使用，已替换为新内容。";
            case RELABELLED -> "问卷「" + d.title() + "」第 " + d.version() + " 版只改了报告用语，已更新；题目和答案的含义不变。";
        };
        return new QuestionnaireUpload(
                d.code(),
                d.version(),
                d.title(),
                d.questions().size(),
                d.likertItems().size(),
                registration.outcome(),
                message,
                "/api/questionnaires/" + d.code() + "/versions/" + d.version(),
                "/questionnaires/" + d.code() + "/versions/" + d.version() + "/preview",
                warnings);
    }
}
