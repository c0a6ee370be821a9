package com.lzp.survey.export;

import java.util.Map;

/**
 * One column of the response export.
 *
 * @param values what each stored value means (scale points, option codes, 1/0 for a chosen option); empty for
 *        free values
 */
public record CodebookColumn(
        String column, String question, String type, String label, String dimension, Map<String, String> values) {}
