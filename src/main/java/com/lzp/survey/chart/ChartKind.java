package com.lzp.survey.chart;

import com.lzp.survey.analysis.GroupingVariable;
import com.lzp.survey.analysis.ResponseTable;
import com.lzp.survey.analysis.Variables;
import com.lzp.survey.analysis.WaveAnalysis;
import com.lzp.survey.analysis.WaveSummary;
import com.lzp.survey.questionnaire.DimensionKind;
import com.lzp.survey.questionnaire.QuestionnaireDefinition;
import com.lzp.survey.questionnaire.ReportLabels;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;

/**
 * The chart catalogue: each chart's file name, its title in the gallery, what the questionnaire must have for it,
 * and how it is drawn. Wording that names respondents or the study's parts comes from the definition's report
 * labels.
 */
public enum ChartKind {
    RESPONSE_RATES("response-rates", "各单位回收率"),
    RESPONSE_RATES_BY_UNIT_TYPE("response-rates-by-unit-type", "各类单位回收率"),
    LIKERT_EFFECTS("likert-effects", "成效条目：回答分布"),
    LIKERT_PROBLEMS("likert-problems", "问题条目：回答分布"),
    LIKERT_CAUSES("likert-causes", "原因条目：回答分布"),
    PROBLEM_APPLIES("problem-applies", "各类问题的普遍程度"),
    PROBLEM_APPLIES_BY_ROLE("problem-applies-by-role", "存在问题：按第一个分组题比较"),
    PROBLEM_APPLIES_BY_UNIT_TYPE("problem-applies-by-unit-type", "存在问题：按单位类型比较"),
    CAUSE_ATTRIBUTION("cause-attribution", "原因与问题的关联：解释份额与置信区间"),
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

    /**
     * Whether the questionnaire has what this chart shows: no countermeasure chart without a measures question, no
     * attribution without problems and causes, no comparison by a profile question without one.
     */
    public boolean availableFor(QuestionnaireDefinition definition) {
        boolean problems = !definition.dimensionsOf(DimensionKind.PROBLEM).isEmpty();
        boolean causes = !definition.dimensionsOf(DimensionKind.CAUSE).isEmpty();
        return switch (this) {
            case RESPONSE_RATES, RESPONSE_RATES_BY_UNIT_TYPE -> true;
            case LIKERT_EFFECTS ->
                !definition.dimensionsOf(DimensionKind.EFFECT).isEmpty();
            case LIKERT_PROBLEMS, PROBLEM_APPLIES, PROBLEM_APPLIES_BY_UNIT_TYPE -> problems;
            case LIKERT_CAUSES -> causes;
            case PROBLEM_APPLIES_BY_ROLE ->
                problems && firstProfileQuestion(definition).isPresent();
            case CAUSE_ATTRIBUTION, PROBLEM_CAUSE_CORRELATIONS -> problems && causes;
            case COUNTERMEASURE_DEMAND -> Variables.measures(definition).isPresent();
        };
    }

    /**
     * Draws this chart from a full analysis (which must not be suppressed).
     *
     * @throws IllegalArgumentException when the questionnaire lacks what the chart shows (see {@link #availableFor})
     */
    public Drawn draw(QuestionnaireDefinition definition, WaveAnalysis analysis) {
        if (!availableFor(definition)) {
            throw new IllegalArgumentException(fileName + " needs a question " + definition.label() + " does not have");
        }
        WaveSummary summary = analysis.summary();
        ReportLabels labels = definition.labels();
        return switch (this) {
            case RESPONSE_RATES -> ResponseRateChart.draw(summary, analysis.suppressionThreshold());
            case RESPONSE_RATES_BY_UNIT_TYPE ->
                ResponseRateByTypeChart.draw(summary, analysis.suppressionThreshold(), labels);
            case LIKERT_EFFECTS -> LikertChart.draw(definition, summary, DimensionKind.EFFECT, labels.effects());
            case LIKERT_PROBLEMS -> LikertChart.draw(definition, summary, DimensionKind.PROBLEM, labels.problems());
            case LIKERT_CAUSES -> LikertChart.draw(definition, summary, DimensionKind.CAUSE, "原因");
            case PROBLEM_APPLIES -> ProblemAppliesChart.draw(definition, summary);
            case PROBLEM_APPLIES_BY_ROLE ->
                ProblemAppliesByGroupChart.draw(
                        definition,
                        analysis,
                        firstProfileQuestion(definition).orElseThrow().column());
            case PROBLEM_APPLIES_BY_UNIT_TYPE ->
                ProblemAppliesByGroupChart.draw(definition, analysis, ResponseTable.UNIT_TYPE);
            case CAUSE_ATTRIBUTION -> CauseAttributionChart.draw(definition, analysis);
            case PROBLEM_CAUSE_CORRELATIONS -> CorrelationHeatmap.draw(definition, analysis);
            case COUNTERMEASURE_DEMAND ->
                CountermeasureDemandChart.draw(Variables.measures(definition).orElseThrow(), analysis.demand(), labels);
        };
    }

    /** The first profile question (岗位性质 in the built-in questionnaire). */
    private static Optional<GroupingVariable> firstProfileQuestion(QuestionnaireDefinition definition) {
        return Variables.grouping(definition, List.of()).stream().skip(1).findFirst();
    }
}
