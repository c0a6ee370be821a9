package com.lzp.survey.questionnaire;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonPointer;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonStreamContext;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JavaType;
import com.fasterxml.jackson.databind.JsonDeserializer;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.ObjectReader;
import com.fasterxml.jackson.databind.deser.DeserializationProblemHandler;
import com.lzp.survey.common.FieldError;
import java.io.IOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Collectors;

/**
 * Reads a definition's JSON and reports every property it cannot use — an unknown (misspelt) property, a value of
 * the wrong kind, an unknown question type — instead of stopping at the first, so that an author fixes a file in
 * one round. What cannot be read is left at its default, and {@link DefinitionCheck} then finds what is missing.
 */
final class DefinitionReader {

    /** A definition as far as it could be read, and what could not. */
    record Read(QuestionnaireDefinition definition, List<FieldError> problems) {}

    private final ObjectReader reader;

    DefinitionReader(ObjectMapper mapper) {
        this.reader = mapper.readerFor(QuestionnaireDefinition.class)
                .with(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
                .without(DeserializationFeature.ACCEPT_FLOAT_AS_INT);
    }

    Read read(String json) {
        List<FieldError> problems = new ArrayList<>();
        if (json == null || json.isBlank()) {
            return new Read(null, List.of(new FieldError(null, "没有收到问卷定义：请求内容是空的。")));
        }
        try {
            QuestionnaireDefinition definition =
                    reader.withHandler(new Collecting(problems)).readValue(json);
            if (definition == null && problems.isEmpty()) {
                problems.add(new FieldError(null, "问卷定义应为一个 JSON 对象（{ \"code\": …, \"version\": …, … }）。"));
            }
            return new Read(definition, problems);
        } catch (JsonMappingException e) {
            String field = fieldOf(e.getPath());
            problems.add(new FieldError(
                    field, (field == null ? "问卷定义" : "「" + field + "」处的内容") + "无法读取：请检查是否有空值 null、多余的逗号，或把列表写成了单个值。"));
            return new Read(null, problems);
        } catch (JsonProcessingException e) {
            String where = e.getLocation() == null
                    ? ""
                    : "（第 " + e.getLocation().getLineNr() + " 行第 "
                            + e.getLocation().getColumnNr() + " 列附近）";
            problems.add(new FieldError(null, "问卷定义不是有效的 JSON" + where + "：请检查括号、引号和逗号。"));
            return new Read(null, problems);
        }
    }

    private static String fieldOf(List<JsonMappingException.Reference> path) {
        if (path == null || path.isEmpty()) {
            return null;
        }
        StringBuilder field = new StringBuilder();
        for (JsonMappingException.Reference reference : path) {
            if (reference.getFieldName() != null) {
                field.append(field.isEmpty() ? "" : ".").append(reference.getFieldName());
            } else if (reference.getIndex() >= 0) {
                field.append('[').append(reference.getIndex()).append(']');
            }
        }
        return field.isEmpty() ? null : field.toString();
    }

    /** Where the parser is, as {@code sections[1].questions[0].type}. */
    static String fieldOf(JsonParser parser, String property) {
        JsonStreamContext context = parser.getParsingContext();
        if (property != null && context.inObject() && !property.equals(context.getCurrentName())) {
            return join(context.pathAsPointer(), property);
        }
        return join(context.pathAsPointer(), null);
    }

    private static String join(JsonPointer pointer, String property) {
        StringBuilder field = new StringBuilder();
        for (JsonPointer p = pointer; p != null && !p.matches(); p = p.tail()) {
            if (p.getMatchingIndex() >= 0) {
                field.append('[').append(p.getMatchingIndex()).append(']');
            } else {
                field.append(field.isEmpty() ? "" : ".").append(p.getMatchingProperty());
            }
        }
        if (property != null) {
            field.append(field.isEmpty() ? "" : ".").append(property);
        }
        return field.isEmpty() ? null : field.toString();
    }

    /** Records a problem and carries on with the property's default. */
    private static final class Collecting extends DeserializationProblemHandler {

        private final List<FieldError> problems;

        Collecting(List<FieldError> problems) {
            this.problems = problems;
        }

        @Override
        public boolean handleUnknownProperty(
                DeserializationContext context,
                JsonParser parser,
                JsonDeserializer<?> deserializer,
                Object beanOrClass,
                String property)
                throws IOException {
            String field = fieldOf(parser, property);
            problems.add(new FieldError(field, "不认识的属性「" + property + "」（位置 " + field + "）：请检查拼写，可用的属性见 README。"));
            parser.skipChildren();
            return true;
        }

        @Override
        public Object handleWeirdStringValue(
                DeserializationContext context, Class<?> target, String value, String failureMessage) {
            String field = fieldOf(context.getParser(), null);
            problems.add(new FieldError(field, "「" + field + "」的值「" + value + "」无效：应为" + describe(target) + "。"));
            return defaultOf(target);
        }

        @Override
        public Object handleWeirdNumberValue(
                DeserializationContext context, Class<?> target, Number value, String failureMessage) {
            String field = fieldOf(context.getParser(), null);
            problems.add(new FieldError(field, "「" + field + "」的值 " + value + " 无效：应为" + describe(target) + "。"));
            return defaultOf(target);
        }

        @Override
        public Object handleUnexpectedToken(
                DeserializationContext context, JavaType target, JsonToken token, JsonParser parser, String message)
                throws IOException {
            String field = fieldOf(parser, null);
            problems.add(new FieldError(
                    field,
                    (field == null ? "问卷定义" : "「" + field + "」") + "应为" + describe(target.getRawClass()) + "，收到的是"
                            + describe(token) + "。"));
            parser.skipChildren();
            return defaultOf(target.getRawClass());
        }

        private static String describe(Class<?> target) {
            if (target == int.class || target == Integer.class) {
                return "整数";
            }
            if (target == double.class || target == Double.class) {
                return "数值";
            }
            if (target == boolean.class || target == Boolean.class) {
                return " true 或 false";
            }
            if (target == String.class) {
                return "文字";
            }
            if (List.class.isAssignableFrom(target)) {
                return "列表 [ … ]";
            }
            if (target.isEnum()) {
                return "以下之一："
                        + Arrays.stream(target.getEnumConstants())
                                .map(Object::toString)
                                .collect(Collectors.joining("、"));
            }
            return "对象 { … }";
        }

        private static String describe(JsonToken token) {
            return switch (token) {
                case START_ARRAY -> "列表";
                case START_OBJECT -> "对象";
                case VALUE_STRING -> "文字";
                case VALUE_NUMBER_INT, VALUE_NUMBER_FLOAT -> "数值";
                case VALUE_TRUE, VALUE_FALSE -> "真假值";
                case VALUE_NULL -> "空值 null";
                default -> "其他内容";
            };
        }

        private static Object defaultOf(Class<?> target) {
            if (target == int.class) {
                return 0;
            }
            if (target == double.class) {
                return 0.0;
            }
            if (target == boolean.class) {
                return false;
            }
            return null;
        }
    }
}
