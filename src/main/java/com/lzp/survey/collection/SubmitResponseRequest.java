package com.lzp.survey.collection;

import com.fasterxml.jackson.databind.JsonNode;
import jakarta.validation.constraints.NotNull;
import java.util.Map;
import java.util.UUID;

/**
 * One respondent's answers to the questionnaire of an invitation's wave.
 *
 * @param submissionId chosen by the client once per filled-in form; sending it again never creates a second
 *        response
 * @param answers by question code: a scale point (integer) for Likert items, an option code for single choice,
 *        a list of option codes for multi-choice, a string for text; a Likert item left out is missing
 */
public record SubmitResponseRequest(
        @NotNull(message = "缺少提交编号 submissionId（一个 UUID）。") UUID submissionId,
        @NotNull(message = "缺少答案 answers。") Map<String, JsonNode> answers) {}
