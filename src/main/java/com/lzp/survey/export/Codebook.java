package com.lzp.survey.export;

import com.lzp.survey.questionnaire.Option;
import com.lzp.survey.questionnaire.Question;
import com.lzp.survey.questionnaire.QuestionnaireDefinition;
import com.lzp.survey.questionnaire.Scale;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * What every column of a wave's response export means: with it and the CSV, a researcher can rebuild every figure.
 * Missing answers are empty cells.
 */
public record Codebook(
        String wave, String questionnaire, int version, String title, Scale scale, List<CodebookColumn> columns) {

    public static final String RESPONSE = "response_no";
    public static final String UNIT = "unit";
    public static final String UNIT_NAME = "unit_name";
    public static final String UNIT_TYPE = "unit_type";
    public static final String SUBMITTED_ON = "submitted_on";

    public static Codebook of(String wave, QuestionnaireDefinition definition) {
        List<CodebookColumn> columns = new ArrayList<>(List.of(
                new CodebookColumn(RESPONSE, null, "id", "答卷序号（按提交先后，无身份信息）", null, Map.of()),
                new CodebookColumn(UNIT, null, "code", "单位代码", null, Map.of()),
                new CodebookColumn(UNIT_NAME, null, "text", "单位名称", null, Map.of()),
                new CodebookColumn(UNIT_TYPE, null, "text", "单位类型", null, Map.of()),
                new CodebookColumn(SUBMITTED_ON, null, "date", "提交日期（不含时刻，避免识别）", null, Map.of())));
        Scale scale = definition.scale();
        for (Question q : definition.questions()) {
            switch (q.type()) {
                case LIKERT -> {
                    Map<String, String> points = new LinkedHashMap<>();
                    for (int v = scale.min(); v <= scale.max(); v++) {
                        points.put(String.valueOf(v), scale.labelOf(v));
                    }
                    columns.add(new CodebookColumn(q.code(), q.code(), "likert", q.text(), q.dimension(), points));
                }
                case SINGLE -> {
                    Map<String, String> options = new LinkedHashMap<>();
                    q.options().forEach(o -> options.put(o.code(), o.label()));
                    columns.add(new CodebookColumn(q.code(), q.code(), "single", q.text(), null, options));
                }
                case MULTI -> {
                    for (Option o : q.options()) {
                        columns.add(new CodebookColumn(
                                column(q, o),
                                q.code(),
                                "chosen",
                                q.text() + " — " + o.label(),
                                null,
                                Map.of("1", "选择", "0", "未选择")));
                    }
                }
                case TEXT -> columns.add(new CodebookColumn(q.code(), q.code(), "text", q.text(), null, Map.of()));
            }
        }
        return new Codebook(wave, definition.code(), definition.version(), definition.title(), scale, columns);
    }

    /** The column of one option of a multi-choice question: measures_M1. */
    public static String column(Question question, Option option) {
        return question.code() + "_" + option.code();
    }

    public List<String> header() {
        return columns.stream().map(CodebookColumn::column).toList();
    }

    public DataTable asTable() {
        return new DataTable(
                "codebook",
                "编码表",
                List.of("column", "question", "type", "label", "dimension", "values"),
                columns.stream()
                        .map(c -> List.of(
                                c.column(),
                                c.question() == null ? "" : c.question(),
                                c.type(),
                                c.label(),
                                c.dimension() == null ? "" : c.dimension(),
                                String.join(
                                        "; ",
                                        c.values().entrySet().stream()
                                                .map(e -> e.getKey() + "=" + e.getValue())
                                                .toList())))
                        .toList());
    }
}
