package com.lzp.survey.findings;

import com.lzp.survey.analysis.WaveAnalysis;
import com.lzp.survey.chart.ChartFormat;
import com.lzp.survey.chart.ChartKind;
import com.lzp.survey.chart.ChartRenderer;
import com.lzp.survey.chart.Drawn;
import com.lzp.survey.collection.Response;
import com.lzp.survey.common.SurveyConfig;
import com.lzp.survey.questionnaire.QuestionnaireDefinition;
import com.lzp.survey.results.AnalysisQuery;
import com.lzp.survey.results.WaveResultsService;
import com.lzp.survey.results.WaveResultsService.LoadedWave;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Optional;
import org.jfree.chart.title.TextTitle;

/** Writes a wave's findings report and renders it for people: HTML (page), Markdown and Word. */
@ApplicationScoped
public class FindingsService {

    /**
     * Charts in Word are laid out 540 points wide, so that on the 156 mm text width their text prints at about four
     * fifths of its screen size (9–16 pt), and drawn at 240 dpi: 1350 px.
     */
    static final int DOCX_CHART_LAYOUT = 540;

    static final int DOCX_CHART_DPI = 240;

    private final WaveResultsService results;
    private final SectionTexts texts;
    private final SurveyConfig config;

    FindingsService(WaveResultsService results, SectionTexts texts, SurveyConfig config) {
        this.results = results;
        this.texts = texts;
        this.config = config;
    }

    /** The report together with what it was written from, for renderers that draw charts too. */
    public record Written(FindingsReport report, QuestionnaireDefinition definition, WaveAnalysis analysis) {}

    public Written write(String wave, AnalysisQuery query) {
        LoadedWave loaded = results.load(wave, query);
        WaveAnalysis analysis = results.analysis(loaded);
        QuestionnaireDefinition definition = loaded.data().definition();
        ZoneId zone = ZoneId.of(config.timeZone());
        Optional<Instant[]> period = Response.submissionPeriod(loaded.wave().id);
        ReportFacts facts = new ReportFacts(
                loaded.wave().code,
                loaded.wave().title,
                loaded.wave().demo,
                period.map(p -> LocalDate.ofInstant(p[0], zone)).orElse(null),
                period.map(p -> LocalDate.ofInstant(p[1], zone)).orElse(null),
                ScopeDescription.of(query, definition, loaded.data().units()));
        return new Written(FindingsWriter.write(definition, analysis, facts, texts.latest(wave)), definition, analysis);
    }

    public byte[] docx(Written written) {
        return DocxReport.render(
                written.report(),
                name -> ChartKind.byFileName(name)
                        .filter(kind -> kind.availableFor(written.definition()))
                        .map(kind -> figure(kind, kind.draw(written.definition(), written.analysis())))
                        .orElse(null));
    }

    static DocxReport.Figure figure(ChartKind kind, Drawn drawn) {
        int width = DOCX_CHART_LAYOUT * DOCX_CHART_DPI / ChartRenderer.SCREEN_DPI;
        // the chart's own proportions at its default width of 900
        int height = drawn.height() * width / 900;
        // the caption under the figure carries the title, as printed reports do
        String title = drawn.title();
        drawn.chart().setTitle((TextTitle) null);
        return new DocxReport.Figure(
                ChartRenderer.render(drawn.chart(), ChartFormat.PNG, width, height, DOCX_CHART_DPI), title);
    }
}
