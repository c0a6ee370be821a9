package com.lzp.survey.committee;

import com.lzp.survey.analysis.CauseAttribution;
import com.lzp.survey.analysis.Variables;
import com.lzp.survey.analysis.WaveAnalysis;
import com.lzp.survey.analysis.WaveSummary;
import com.lzp.survey.collection.Invitation;
import com.lzp.survey.collection.Response;
import com.lzp.survey.collection.Wave;
import com.lzp.survey.committee.CommitteeSummary.CauseLine;
import com.lzp.survey.committee.CommitteeSummary.MeasureLine;
import com.lzp.survey.committee.CommitteeSummary.ProblemLine;
import com.lzp.survey.committee.CommitteeSummary.UnitLine;
import com.lzp.survey.findings.FindingsReport;
import com.lzp.survey.findings.FindingsWriter;
import com.lzp.survey.findings.Paragraph;
import com.lzp.survey.questionnaire.DimensionKind;
import com.lzp.survey.questionnaire.Question;
import com.lzp.survey.questionnaire.QuestionnaireDefinition;
import com.lzp.survey.results.AnalysisQueries;
import com.lzp.survey.results.WaveResultsService;
import com.lzp.survey.results.WaveResultsService.LoadedWave;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.ws.rs.core.MultivaluedMap;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** The committee's view of a wave: published groups only, every small group suppressed. */
@ApplicationScoped
public class CommitteeService {

    private final WaveResultsService results;

    CommitteeService(WaveResultsService results) {
        this.results = results;
    }

    public CommitteeSummary summary(String waveCode, MultivaluedMap<String, String> parameters) {
        String scope = PublishedGroups.scopeOf(parameters);
        LoadedWave loaded = results.load(waveCode, AnalysisQueries.from(parameters));
        WaveAnalysis analysis = results.analysis(loaded);
        Wave wave = loaded.wave();
        int threshold = analysis.suppressionThreshold();
        int n = analysis.responses();
        PublishedGroups.check(scope, n, containing(wave, parameters), threshold);
        if (analysis.suppressed()) {
            return new CommitteeSummary(
                    wave.code,
                    wave.title,
                    scope,
                    threshold,
                    true,
                    null,
                    null,
                    null,
                    List.of(),
                    List.of(),
                    List.of(),
                    List.of(),
                    List.of("所选范围答卷少于 " + threshold + " 份，为保护匿名不提供统计。"));
        }
        QuestionnaireDefinition definition = loaded.data().definition();
        WaveSummary summary = analysis.summary();
        List<UnitLine> units = summary.units().stream()
                .map(u -> u.responses() < threshold
                        ? new UnitLine(u.unit(), u.name(), u.unitType(), null, null, true)
                        : new UnitLine(u.unit(), u.name(), u.unitType(), u.responses(), u.responseRate(), false))
                .toList();
        List<ProblemLine> problems = summary.dimensions().stream()
                .filter(d -> d.kind() == DimensionKind.PROBLEM)
                .map(d -> new ProblemLine(d.dimension(), d.name(), d.appliesPercent(), d.mean(), d.scored()))
                .toList();
        List<CauseLine> attribution = new ArrayList<>();
        for (CauseAttribution a : analysis.attribution()) {
            a.causes()
                    .forEach(c -> attribution.add(new CauseLine(
                            a.problemName(), c.name(), c.sharePercent(), c.shareLower(), c.shareUpper())));
        }
        Optional<Question> measures = Variables.measures(definition);
        List<MeasureLine> demand = analysis.demand() == null
                ? List.of()
                : analysis.demand().measures().stream()
                        .map(m -> new MeasureLine(
                                m.code(),
                                m.label(),
                                measures.flatMap(q -> q.option(m.code()))
                                        .map(o -> o.group())
                                        .orElse(null),
                                m.percent()))
                        .toList();
        FindingsReport report = FindingsWriter.write(definition, analysis, wave.code, wave.title, wave.demo);
        List<String> headlines = report.sections().stream()
                .filter(s -> !s.paragraphs().isEmpty())
                .map(s -> s.heading() + "："
                        + s.paragraphs().stream()
                                .map(Paragraph::plainText)
                                .filter(t -> !t.startsWith("说明："))
                                .findFirst()
                                .orElse(""))
                .toList();
        return new CommitteeSummary(
                wave.code,
                wave.title,
                scope,
                threshold,
                false,
                n,
                summary.expectedCadres(),
                summary.responseRate(),
                units,
                problems,
                attribution,
                demand,
                headlines);
    }

    /**
     * Respondents in the groups that contain the requested one: the wave, and for a unit its unit type (a unit type's
     * only containing group is the wave).
     */
    private static List<Integer> containing(Wave wave, MultivaluedMap<String, String> parameters) {
        List<Integer> counts = new ArrayList<>(List.of((int) Response.countForWave(wave.id)));
        String unit = parameters.getFirst("unit");
        if (unit != null) {
            Invitation.listForWave(wave.id).stream()
                    .filter(i -> i.unit.code.equals(unit))
                    .findFirst()
                    .ifPresent(i -> counts.add((int) Response.countForWaveAndUnitType(wave.id, i.unit.type)));
        }
        return counts;
    }
}
