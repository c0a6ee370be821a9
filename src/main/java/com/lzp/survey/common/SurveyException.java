package com.lzp.survey.common;

import java.util.List;

/**
 * A request this service refuses, with what to tell the person who sent it. Thrown by services, turned into
 * a {@link Problem} by {@link ProblemMappers}; nothing has been changed when it is thrown.
 */
public class SurveyException extends RuntimeException {

    private final int status;
    private final String type;
    private final String title;
    private final List<FieldError> errors;

    public SurveyException(int status, String type, String title, String detail, List<FieldError> errors) {
        super(detail);
        this.status = status;
        this.type = type;
        this.title = title;
        this.errors = List.copyOf(errors);
    }

    public static SurveyException notFound(String detail) {
        return new SurveyException(404, "not-found", "找不到", detail, List.of());
    }

    public static SurveyException badRequest(String field, String detail) {
        return new SurveyException(400, "bad-request", "请求有误", detail, List.of(new FieldError(field, detail)));
    }

    public static SurveyException invalidAnswers(List<FieldError> errors) {
        String detail = errors.size() == 1
                ? errors.get(0).message()
                : "答卷有 " + errors.size() + " 处需要修改：" + errors.get(0).message() + " 等";
        return new SurveyException(422, "invalid-answers", "答卷未通过校验", detail, errors);
    }

    public static SurveyException conflict(String type, String field, String detail) {
        return new SurveyException(
                409, type, "与已有数据冲突", detail, field == null ? List.of() : List.of(new FieldError(field, detail)));
    }

    public static SurveyException gone(String type, String detail) {
        return new SurveyException(410, type, "已停止收集", detail, List.of());
    }

    public int status() {
        return status;
    }

    public Problem toProblem() {
        String field = errors.isEmpty() ? null : errors.get(0).field();
        return new Problem(ProblemMappers.typeUri(type), title, status, getMessage(), field, errors);
    }
}
