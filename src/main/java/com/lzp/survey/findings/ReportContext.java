package com.lzp.survey.findings;

import com.lzp.survey.analysis.CrossTab;
import com.lzp.survey.analysis.DimensionSummary;
import com.lzp.survey.analysis.ItemFrequencies;
import com.lzp.survey.analysis.Reliability;
import com.lzp.survey.analysis.ResponseTable;
import com.lzp.survey.analysis.ShareRanking;
import com.lzp.survey.analysis.WaveAnalysis;
import com.lzp.survey.analysis.WaveSummary;
import com.lzp.survey.questionnaire.Dimension;
import com.lzp.survey.questionnaire.DimensionKind;
import com.lzp.survey.questionnaire.Question;
import com.lzp.survey.questionnaire.QuestionnaireDefinition;
import com.lzp.survey.questionnaire.ReportLabels;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * What every part of the report is written from: the definition with its report labels, the analysis, the numbers
 * of the appendix tables, and the caveats and notes collected while writing. One per report.
 */
final class ReportContext {

    final QuestionnaireDefinition definition;
    final ReportLabels labels;
    final WaveAnalysis analysis;
    final WaveSummary summary;
    final ReportFacts facts;
    final Map<String, SectionText> texts;
    final List<String> caveats = new ArrayList<>();
    private final Map<String, ItemFrequencies> items;
    private final Map<String, DimensionSummary> dimensions;
    private final Map<String, Reliability> reliability;
    private final Map<AppendixTables.Key, Integer> tableNumbers = new EnumMap<>(AppendixTables.Key.class);
    private int notes;

    ReportContext(
            QuestionnaireDefinition definition,
            WaveAnalysis analysis,
            ReportFacts facts,
            Map<String, SectionText> texts) {
        this.definition = definition;
        this.labels = definition.labels();
        this.analysis = analysis;
        this.summary = analysis.summary();
        this.facts = facts;
        this.texts = texts;
        this.items = summary.items().stream().collect(Collectors.toMap(ItemFrequencies::item, Function.identity()));
        this.dimensions = summary.dimensions().stream()
                .collect(Collectors.toMap(DimensionSummary::dimension, Function.identity()));
        this.reliability =
                analysis.reliability().stream().collect(Collectors.toMap(Reliability::dimension, Function.identity()));
    }

    /** 党务干部 */
    String respondents() {
        return labels.respondents();
    }

    ItemFrequencies item(String code) {
        return items.get(code);
    }

    Optional<DimensionSummary> dimension(String code) {
        return Optional.ofNullable(dimensions.get(code)).filter(d -> d.appliesPercent() != null);
    }

    Optional<Reliability> reliability(String dimension) {
        return Optional.ofNullable(reliability.get(dimension));
    }

    List<Dimension> dimensionsOf(DimensionKind kind) {
        return definition.dimensionsOf(kind);
    }

    /** Dimensions of a kind that have a score to report, in questionnaire order. */
    List<DimensionSummary> scored(DimensionKind kind) {
        return dimensionsOf(kind).stream()
                .map(d -> dimension(d.code()))
                .flatMap(Optional::stream)
                .toList();
    }

    Optional<ShareRanking> ranking(String subject) {
        return analysis.ranking(subject);
    }

    String statement(String itemCode) {
        return definition.question(itemCode).map(labels::statement).orElse(itemCode);
    }

    /** The sentence name of a dimension: its aspect when it names a cause (思想认识不到位), else its name. */
    String dimensionName(String code) {
        return definition.dimension(code).map(d -> d.name()).orElse(code);
    }

    String causeName(String code) {
        return definition
                .dimension(code)
                .map(d -> d.aspect() == null ? d.name() : d.aspect())
                .orElse(code);
    }

    void numberTable(AppendixTables.Key key, int number) {
        tableNumbers.put(key, number);
    }

    Optional<Integer> table(AppendixTables.Key key) {
        return Optional.ofNullable(tableNumbers.get(key));
    }

    /** The next note's number: notes are numbered through the whole report. */
    int nextNote() {
        return ++notes;
    }

    /** The first profile question (岗位性质 in the built-in questionnaire): the report's main comparison. */
    Optional<String> firstProfileVariable() {
        return analysis.crossTabs().stream()
                .map(CrossTab::rowVariable)
                .filter(v -> !v.equals(ResponseTable.UNIT_TYPE))
                .findFirst();
    }

    Optional<CrossTab> crossTab(String row, String column) {
        return analysis.crossTabs().stream()
                .filter(t -> t.rowVariable().equals(row) && Objects.equals(t.columnVariable(), column))
                .findFirst();
    }

    Optional<Question> mainCauseQuestion() {
        return analysis.mainCause() == null
                ? Optional.empty()
                : definition.question(analysis.mainCause().question());
    }
}
