package com.lzp.survey.chart;

import com.lzp.survey.analysis.GroupingVariable;
import com.lzp.survey.analysis.ResponseTable;
import com.lzp.survey.analysis.Variables;
import com.lzp.survey.analysis.WaveAnalysis;
import com.lzp.survey.analysis.WaveSummary;
import com.lzp.survey.questionnaire.DimensionKind;
import com.lzp.survey.questionnaire.QuestionnaireDefinition;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;

/** The chart catalogue: each chart's file name, its title in the gallery, and how it is drawn. */
public enum ChartKind {
    RESPONSE_RATES("response-rates", "各单位回收率"),
    LIKERT_EFFECTS("likert-effects", "工作成效：回答分布"),
    LIKERT_PROBLEMS("likert-problems", "存在问题：回答分布"),
    LIKERT_CAUSES("likert-causes", "原因：回答分布"),
    PROBLEM_APPLIES("problem-applies", "各类问题的普遍程度"),
    PROBLEM_APPLIES_BY_ROLE("problem-applies-by-role", "存在问题：按干部身份比较"),
    PROBLEM_APPLIES_BY_UNIT_TYPE("problem-applies-by-unit-type", "存在问题：按单位类型比较"),
    CAUSE_ATTRIBUTION("cause-attribution", "原因剖析：归因份额与置信区间"),
    PROBLEM_CAUSE_CORRELATIONS("problem-cause-correlations", "问题与原因的相关"),
    COUNTERMEASURE_DEMAND("countermeasure-demand", "对策需求");

    private final String fileName;
    private final String title;

    ChartKind(String fileName, String title) {
        this.fileName = fileName;
        this.title = title;
    }

    public String fileName() {
        return fileName;
    }

    public String title() {
        return title;
    }

    public static Optional<ChartKind> byFileName(String fileName) {
        return Arrays.stream(values()).filter(k -> k.fileName.equals(fileName)).findFirst();
    }

    /** Draws this chart from a full analysis (which must not be suppressed). */
    public Drawn draw(QuestionnaireDefinition definition, WaveAnalysis analysis) {
        WaveSummary summary = analysis.summary();
        return switch (this) {
            case RESPONSE_RATES -> ResponseRateChart.draw(summary, analysis.suppressionThreshold());
            case LIKERT_EFFECTS -> LikertChart.draw(definition, summary, DimensionKind.EFFECT, "工作成效");
            case LIKERT_PROBLEMS -> LikertChart.draw(definition, summary, DimensionKind.PROBLEM, "存在问题");
            case LIKERT_CAUSES -> LikertChart.draw(definition, summary, DimensionKind.CAUSE, "原因");
            case PROBLEM_APPLIES -> ProblemAppliesChart.draw(definition, summary);
            // the first profile question: 岗位性质 (专职/兼职) in the built-in questionnaire
            case PROBLEM_APPLIES_BY_ROLE ->
                ProblemAppliesByGroupChart.draw(
                        definition,
                        analysis,
                        Variables.grouping(definition, List.of()).stream()
                                .skip(1)
                                .findFirst()
                                .map(GroupingVariable::column)
                                .orElse(ResponseTable.UNIT_TYPE));
            case PROBLEM_APPLIES_BY_UNIT_TYPE ->
                ProblemAppliesByGroupChart.draw(definition, analysis, ResponseTable.UNIT_TYPE);
            case CAUSE_ATTRIBUTION -> CauseAttributionChart.draw(analysis);
            case PROBLEM_CAUSE_CORRELATIONS -> CorrelationHeatmap.draw(definition, analysis);
            case COUNTERMEASURE_DEMAND ->
                CountermeasureDemandChart.draw(Variables.measures(definition).orElseThrow(), analysis.demand());
        };
    }
}
