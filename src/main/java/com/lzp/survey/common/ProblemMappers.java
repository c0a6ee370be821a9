package com.lzp.survey.common;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.exc.InvalidFormatException;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import io.quarkus.logging.Log;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.ConstraintViolationException;
import jakarta.ws.rs.NotAcceptableException;
import jakarta.ws.rs.NotAllowedException;
import jakarta.ws.rs.NotFoundException;
import jakarta.ws.rs.NotSupportedException;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.Response;
import java.util.List;
import java.util.UUID;
import java.util.stream.Collectors;
import org.jboss.resteasy.reactive.server.ServerExceptionMapper;

/**
 * Every error leaves the service as {@code application/problem+json} with a message a person understands:
 * never a Java class name or a stack trace.
 */
public class ProblemMappers {

    static String typeUri(String type) {
        return "/problems/" + type;
    }

    @ServerExceptionMapper
    public Response survey(SurveyException e) {
        return respond(e.toProblem());
    }

    @ServerExceptionMapper
    public Response constraintViolation(ConstraintViolationException e) {
        List<FieldError> errors = e.getConstraintViolations().stream()
                .map(v -> new FieldError(fieldOf(v), v.getMessage()))
                .sorted((a, b) -> a.field().compareTo(b.field()))
                .toList();
        String detail = errors.stream().map(FieldError::message).collect(Collectors.joining("；"));
        return respond(new Problem(
                typeUri("invalid-request"),
                "请求有误",
                400,
                detail,
                errors.isEmpty() ? null : errors.get(0).field(),
                errors));
    }

    /** Jackson's own mapper for this type would answer plain JSON; this one keeps the problem format. */
    @ServerExceptionMapper
    public Response mismatchedJson(MismatchedInputException e) {
        return unreadableJson(e);
    }

    @ServerExceptionMapper
    public Response unreadableJson(JsonProcessingException e) {
        String field = null;
        if (e instanceof JsonMappingException mapping && !mapping.getPath().isEmpty()) {
            field = mapping.getPath().stream()
                    .map(r -> r.getFieldName() != null ? r.getFieldName() : "[" + r.getIndex() + "]")
                    .collect(Collectors.joining("."))
                    .replace(".[", "[");
        }
        String detail;
        if (e instanceof InvalidFormatException invalid && field != null) {
            detail = "字段 " + field + " 的格式不正确"
                    + (invalid.getTargetType() == UUID.class
                            ? "，应为 UUID（例如 3f2504e0-4f89-41d3-9a0c-0305e82c3301）。"
                            : "。");
        } else {
            detail = "请求内容不是有效的 JSON" + (field == null ? "" : "（出错位置：" + field + "）") + "，请检查格式。";
        }
        return respond(new Problem(
                typeUri("malformed-json"),
                "请求格式有误",
                400,
                detail,
                field,
                field == null ? List.of() : List.of(new FieldError(field, detail))));
    }

    @ServerExceptionMapper
    public Response webApplication(WebApplicationException e) {
        if (e.getCause() instanceof JsonProcessingException unreadable) {
            return unreadableJson(unreadable);
        }
        int status = e.getResponse().getStatus();
        String detail;
        if (e instanceof NotFoundException) {
            detail = "找不到该地址对应的资源。";
        } else if (e instanceof NotSupportedException) {
            detail = "不支持该内容类型，请以 application/json 提交。";
        } else if (e instanceof NotAllowedException) {
            detail = "该地址不支持此请求方法。";
        } else if (e instanceof NotAcceptableException) {
            detail = "无法提供所请求的格式。";
        } else if (status >= 500) {
            Log.error("request failed", e);
            detail = "服务器内部错误，请稍后重试。";
        } else {
            detail = "请求有误。";
        }
        return respond(new Problem(typeUri("http-" + status), titleOf(status), status, detail, null, List.of()));
    }

    @ServerExceptionMapper
    public Response unexpected(Exception e) {
        Log.error("unexpected error", e);
        return respond(new Problem(typeUri("internal-error"), "服务器内部错误", 500, "服务器内部错误，请稍后重试。", null, List.of()));
    }

    private static Response respond(Problem problem) {
        return Response.status(problem.status())
                .type(Problem.MEDIA_TYPE)
                .entity(problem)
                .build();
    }

    private static String titleOf(int status) {
        return switch (status) {
            case 404 -> "找不到";
            case 405 -> "请求方法不支持";
            case 406 -> "格式不支持";
            case 415 -> "内容类型不支持";
            default -> status >= 500 ? "服务器内部错误" : "请求有误";
        };
    }

    private static String fieldOf(ConstraintViolation<?> violation) {
        String path = violation.getPropertyPath().toString();
        // "submit.request.submissionId" -> "submissionId": the method and parameter names mean nothing to clients
        String[] parts = path.split("\\.");
        return parts.length >= 3 ? String.join(".", List.of(parts).subList(2, parts.length)) : parts[parts.length - 1];
    }
}
