package com.lzp.survey.collection;

import com.fasterxml.jackson.databind.JsonNode;
import com.lzp.survey.common.FieldError;
import com.lzp.survey.common.SurveyException;
import com.lzp.survey.questionnaire.AnswerLayout;
import com.lzp.survey.questionnaire.Option;
import com.lzp.survey.questionnaire.Question;
import com.lzp.survey.questionnaire.QuestionnaireDefinition;
import com.lzp.survey.questionnaire.Scale;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Collectors;

/**
 * Checks a response's answers against its questionnaire version and encodes them in the version's answer
 * layout. Every rule the form shows in the browser is enforced here; each broken rule becomes one
 * {@link FieldError} in plain Chinese naming the question, and all of them are reported at once.
 */
public final class AnswerEncoder {

    private AnswerEncoder() {}

    /** @throws SurveyException (422) listing every broken rule; nothing is encoded then */
    public static EncodedAnswers encode(QuestionnaireDefinition definition, Map<String, JsonNode> given) {
        List<FieldError> errors = new ArrayList<>();
        for (String code : new TreeMap<>(given).keySet()) {
            if (definition.question(code).isEmpty()) {
                errors.add(new FieldError("answers." + code, "问卷中没有代码为「" + code + "」的题目。"));
            }
        }
        AnswerLayout layout = definition.layout();
        Short[] slots = new Short[layout.width()];
        Map<String, String> texts = new TreeMap<>();
        for (Question question : definition.questions()) {
            JsonNode answer = given.get(question.code());
            // an empty list is an answer ("chose none") only where choosing none is valid
            boolean blank = answer == null
                    || answer.isNull()
                    || (answer.isTextual() && answer.asText().isBlank())
                    || (answer.isArray() && answer.isEmpty() && !question.noneIsAnAnswer());
            String field = "answers." + question.code();
            if (blank) {
                if (question.required()) {
                    String none = question.noneIsAnAnswer() ? "（都不选的请勾选“" + question.noneText() + "”）" : "";
                    errors.add(new FieldError(field, "请回答必答题「" + shortText(question) + "」" + none + "。"));
                }
                continue;
            }
            String error = switch (question.type()) {
                case LIKERT -> encodeLikert(definition.scale(), question, answer, slots, layout);
                case SINGLE -> encodeSingle(question, answer, slots, layout);
                case MULTI -> encodeMulti(question, answer, slots, layout);
                case TEXT -> encodeText(question, answer, texts);
            };
            if (error != null) {
                errors.add(new FieldError(field, error));
            }
        }
        if (!errors.isEmpty()) {
            throw SurveyException.invalidAnswers(errors);
        }
        return new EncodedAnswers(slots, texts, fingerprint(slots, texts));
    }

    private static String encodeLikert(Scale scale, Question q, JsonNode answer, Short[] slots, AnswerLayout layout) {
        if (!answer.isIntegralNumber() || !scale.contains(answer.asInt())) {
            return "「" + shortText(q) + "」的答案必须是 " + scale.min() + " 到 " + scale.max() + " 之间的整数（"
                    + scale.min() + "=" + scale.labelOf(scale.min()) + "，" + scale.max() + "="
                    + scale.labelOf(scale.max()) + "），收到的是 " + answer + "。";
        }
        slots[layout.slotOf(q.code())] = (short) answer.asInt();
        return null;
    }

    private static String encodeSingle(Question q, JsonNode answer, Short[] slots, AnswerLayout layout) {
        int position = answer.isTextual() ? q.positionOf(answer.asText()) : -1;
        if (position < 0) {
            return "「" + shortText(q) + "」的答案必须是以下选项之一：" + optionList(q) + "，收到的是 " + answer + "。";
        }
        slots[layout.slotOf(q.code())] = (short) position;
        return null;
    }

    private static String encodeMulti(Question q, JsonNode answer, Short[] slots, AnswerLayout layout) {
        if (!answer.isArray()) {
            return "「" + shortText(q) + "」的答案必须是选项代码的列表，例如 [\""
                    + q.options().get(0).code() + "\"]。";
        }
        Set<String> chosen = new HashSet<>();
        for (JsonNode element : answer) {
            if (!element.isTextual() || q.option(element.asText()).isEmpty()) {
                return "「" + shortText(q) + "」中有无效的选项 " + element + "，可选：" + optionList(q) + "。";
            }
            if (!chosen.add(element.asText())) {
                return "「" + shortText(q) + "」中选项 " + element.asText() + " 重复了。";
            }
        }
        if (chosen.size() > q.mostChoices()) {
            return "「" + shortText(q) + "」最多只能选 " + q.mostChoices() + " 项，收到了 " + chosen.size() + " 项。";
        }
        if (chosen.size() < q.fewestChoices()) {
            return "「" + shortText(q) + "」至少要选 " + q.fewestChoices() + " 项。";
        }
        for (Option option : q.options()) {
            slots[layout.slotOf(q.code(), option.code())] = (short) (chosen.contains(option.code()) ? 1 : 0);
        }
        return null;
    }

    private static String encodeText(Question q, JsonNode answer, Map<String, String> texts) {
        if (!answer.isTextual()) {
            return "「" + shortText(q) + "」的答案必须是文字。";
        }
        String text = answer.asText().strip();
        int length = text.codePointCount(0, text.length());
        if (length > q.maxLength()) {
            return "「" + shortText(q) + "」不能超过 " + q.maxLength() + " 字，现在是 " + length + " 字。";
        }
        texts.put(q.code(), text);
        return null;
    }

    /** The question's wording without its trailing punctuation and parenthesised hints, for messages. */
    static String shortText(Question q) {
        String text =
                q.text().replaceAll("（[^）]*）", "").replaceAll("[：:？?。]+$", "").strip();
        return text.length() > 30 ? text.substring(0, 29) + "…" : text;
    }

    private static String optionList(Question q) {
        return q.options().stream().map(o -> o.code() + "（" + o.label() + "）").collect(Collectors.joining("、"));
    }

    private static String fingerprint(Short[] slots, Map<String, String> texts) {
        try {
            MessageDigest digest = MessageDigest.getInstance("SHA-256");
            digest.update(Arrays.toString(slots).getBytes(StandardCharsets.UTF_8));
            texts.forEach((code, text) -> {
                digest.update((code + "\u0000" + text + "\u0000").getBytes(StandardCharsets.UTF_8));
            });
            return HexFormat.of().formatHex(digest.digest());
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
