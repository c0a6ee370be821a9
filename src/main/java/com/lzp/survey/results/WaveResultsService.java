package com.lzp.survey.results;

import com.lzp.survey.analysis.AnalysisSettings;
import com.lzp.survey.analysis.AttributionSettings;
import com.lzp.survey.analysis.CrossTab;
import com.lzp.survey.analysis.CrossTabulation;
import com.lzp.survey.analysis.DimensionScores;
import com.lzp.survey.analysis.GroupingVariable;
import com.lzp.survey.analysis.ResponseFilter;
import com.lzp.survey.analysis.ResponseTable;
import com.lzp.survey.analysis.SurveyData;
import com.lzp.survey.analysis.UnitInfo;
import com.lzp.survey.analysis.Variables;
import com.lzp.survey.analysis.WaveAnalysis;
import com.lzp.survey.analysis.WaveAnalyzer;
import com.lzp.survey.analysis.WaveSummary;
import com.lzp.survey.analysis.WaveSummaryAnalysis;
import com.lzp.survey.collection.Invitation;
import com.lzp.survey.collection.Response;
import com.lzp.survey.collection.UnitType;
import com.lzp.survey.collection.Wave;
import com.lzp.survey.collection.WaveService;
import com.lzp.survey.common.SurveyConfig;
import com.lzp.survey.common.SurveyException;
import com.lzp.survey.questionnaire.Question;
import com.lzp.survey.questionnaire.QuestionType;
import com.lzp.survey.questionnaire.QuestionnaireCatalog;
import com.lzp.survey.questionnaire.QuestionnaireDefinition;
import io.quarkus.logging.Log;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import tech.tablesaw.api.Table;

/** Runs the analysis of a selection of a wave's responses, read from PostgreSQL. */
@ApplicationScoped
public class WaveResultsService {

    private final QuestionnaireCatalog catalog;
    private final WaveDataReader reader;
    private final SurveyConfig config;

    WaveResultsService(QuestionnaireCatalog catalog, WaveDataReader reader, SurveyConfig config) {
        this.catalog = catalog;
        this.reader = reader;
        this.config = config;
    }

    /**
     * A wave and the selection of its data to analyse.
     *
     * @param revision the wave's data revision when it was read (see {@link Response#revisionOf})
     */
    public record LoadedWave(Wave wave, AnalysisQuery query, String revision, SurveyData data) {}

    private record AnalysisKey(String wave, AnalysisQuery query, String revision, AnalysisSettings settings) {}

    private static final int RECENT_ANALYSES = 16;

    /** The last analyses computed, least recently used first out; derived data, so each instance keeps its own. */
    private final Map<AnalysisKey, WaveAnalysis> recent =
            Collections.synchronizedMap(new LinkedHashMap<>(RECENT_ANALYSES, 0.75f, true) {
                @Override
                protected boolean removeEldestEntry(Map.Entry<AnalysisKey, WaveAnalysis> eldest) {
                    return size() > RECENT_ANALYSES;
                }
            });

    public WaveSummary summary(String waveCode, AnalysisQuery query) {
        SurveyData data = load(waveCode, query).data();
        return WaveSummaryAnalysis.summarize(data.definition(), data.responses(), data.units(), data.wholeUnits());
    }

    public WaveAnalysis analysis(String waveCode, AnalysisQuery query) {
        return analysis(load(waveCode, query));
    }

    /**
     * Every statistic of a loaded selection, computed once per wave, query and data revision: a report page and its
     * charts, or a gallery of ten charts, share one analysis instead of bootstrapping ten times.
     */
    public WaveAnalysis analysis(LoadedWave loaded) {
        AnalysisKey key = new AnalysisKey(loaded.wave().code, loaded.query(), loaded.revision(), settings());
        WaveAnalysis analysis = recent.get(key);
        if (analysis == null) {
            // computed outside the map's lock: a long analysis must not hold up requests for other waves
            analysis = analyze(loaded.data());
            recent.put(key, analysis);
        }
        return analysis;
    }

    /** Every statistic over loaded data, with the configured suppression and bootstrap. */
    public WaveAnalysis analyze(SurveyData data) {
        long started = System.nanoTime();
        WaveAnalysis analysis = WaveAnalyzer.analyze(data, settings());
        Log.debugf(
                "analysis of %d responses computed in %d ms",
                analysis.responses(), (System.nanoTime() - started) / 1_000_000);
        return analysis;
    }

    /**
     * @param row a grouping variable: {@code unit_type} or a single-choice profile question
     * @param column a dimension code (applies or not) or a single-choice question code
     */
    public CrossTab crossTab(String waveCode, AnalysisQuery query, String row, String column) {
        SurveyData data = load(waveCode, query).data();
        QuestionnaireDefinition definition = data.definition();
        List<GroupingVariable> grouping = Variables.grouping(definition, data.unitTypes());
        GroupingVariable rows = grouping.stream()
                .filter(g -> g.column().equals(row))
                .findFirst()
                .orElseThrow(() -> SurveyException.badRequest(
                        "row",
                        "行变量必须是以下之一："
                                + grouping.stream()
                                        .map(g -> g.column() + "（" + g.name() + "）")
                                        .collect(Collectors.joining("、"))
                                + "。"));
        int threshold = config.suppressionThreshold();
        if (definition.dimension(column).isPresent()) {
            Table scored = DimensionScores.addTo(definition, data.responses());
            return CrossTabulation.byDimension(
                    definition, scored, rows, definition.dimension(column).get(), threshold);
        }
        Question choice = definition
                .question(column)
                .filter(q -> q.type() == QuestionType.SINGLE)
                .orElseThrow(() -> SurveyException.badRequest(
                        "column", "列变量必须是维度代码（如 P1）或单选题代码（如 main_cause），收到的是「" + column + "」。"));
        return CrossTabulation.byChoice(data.responses(), rows, choice, threshold);
    }

    /** Reads the selected responses of a wave, checking every part of the query against the wave. */
    public LoadedWave load(String waveCode, AnalysisQuery query) {
        Wave wave = WaveService.wave(waveCode);
        QuestionnaireDefinition definition = catalog.definition(wave.questionnaire.id);
        Map<String, Invitation> invitations = Invitation.listForWave(wave.id).stream()
                .collect(Collectors.toMap(i -> i.unit.code, Function.identity()));
        List<Invitation> selected = new ArrayList<>();
        for (String code : new LinkedHashSet<>(query.units())) {
            selected.add(Optional.ofNullable(invitations.get(code))
                    .orElseThrow(
                            () -> SurveyException.badRequest("unit", "单位「" + code + "」没有参加调查批次「" + wave.code + "」。")));
        }
        if (selected.isEmpty()) {
            selected.addAll(invitations.values());
        }
        Set<UnitType> types =
                query.unitTypes().stream().map(WaveResultsService::unitType).collect(Collectors.toSet());
        if (!types.isEmpty()) {
            selected.removeIf(i -> !types.contains(i.unit.type));
        }
        ZoneId zone = ZoneId.of(config.timeZone());
        if (query.from() != null && query.to() != null && query.from().isAfter(query.to())) {
            throw SurveyException.badRequest("from", "起始日期 " + query.from() + " 晚于截止日期 " + query.to() + "。");
        }
        Instant from =
                query.from() == null ? null : query.from().atStartOfDay(zone).toInstant();
        Instant until = query.to() == null
                ? null
                : query.to().plusDays(1).atStartOfDay(zone).toInstant();
        List<Long> unitIds = query.units().isEmpty()
                ? List.of()
                : selected.stream().map(i -> i.unit.id).toList();

        String revision = Response.revisionOf(wave.id);
        Table responses = ResponseTable.build(
                definition, reader.read(new WaveDataReader.Selection(wave.id, unitIds, types, from, until)));
        responses = ResponseFilter.keep(responses, checkedAnswerFilters(definition, query.answers()));
        List<UnitInfo> units = selected.stream()
                .map(i -> new UnitInfo(i.unit.code, i.unit.name, i.unit.type.label(), i.unit.expectedCadres))
                .toList();
        List<String> unitTypes =
                Arrays.stream(UnitType.values()).map(UnitType::label).toList();
        return new LoadedWave(
                wave,
                query,
                revision,
                new SurveyData(
                        definition,
                        responses,
                        units,
                        unitTypes,
                        query.answers().isEmpty() && query.from() == null && query.to() == null));
    }

    AnalysisSettings settings() {
        return new AnalysisSettings(
                config.suppressionThreshold(),
                new AttributionSettings(
                        config.analysis().bootstrapDraws(),
                        config.analysis().bootstrapSeed(),
                        config.analysis().confidence()));
    }

    private static Map<String, Set<String>> checkedAnswerFilters(
            QuestionnaireDefinition definition, Map<String, Set<String>> filters) {
        filters.forEach((code, values) -> {
            Question question = definition
                    .question(code)
                    .filter(q -> q.type() == QuestionType.SINGLE)
                    .orElseThrow(() -> SurveyException.badRequest(
                            code, "无法按「" + code + "」筛选：只能按单位（unit）、单位类型（unitType）、日期（from、to）或单选题的选项筛选。"));
            for (String value : values) {
                if (question.option(value).isEmpty()) {
                    throw SurveyException.badRequest(
                            code,
                            "「" + question.name() + "」没有选项「" + value + "」，可选："
                                    + question.options().stream()
                                            .map(o -> o.code() + "（" + o.label() + "）")
                                            .collect(Collectors.joining("、"))
                                    + "。");
                }
            }
        });
        return filters;
    }

    private static UnitType unitType(String value) {
        return Arrays.stream(UnitType.values())
                .filter(t -> t.name().equals(value) || t.label().equals(value))
                .findFirst()
                .orElseThrow(() -> SurveyException.badRequest(
                        "unitType",
                        "未知的单位类型「" + value
                                + "」，可选："
                                + Arrays.stream(UnitType.values())
                                        .map(UnitType::label)
                                        .collect(Collectors.joining("、")) + "。"));
    }
}
