package com.lzp.survey.findings;

import com.lzp.survey.analysis.WaveAnalysis;
import com.lzp.survey.chart.ChartFormat;
import com.lzp.survey.chart.ChartKind;
import com.lzp.survey.chart.ChartRenderer;
import com.lzp.survey.chart.Drawn;
import com.lzp.survey.questionnaire.QuestionnaireDefinition;
import com.lzp.survey.results.AnalysisQuery;
import com.lzp.survey.results.WaveResultsService;
import com.lzp.survey.results.WaveResultsService.LoadedWave;
import jakarta.enterprise.context.ApplicationScoped;

/** Writes a wave's findings report and renders it for people: HTML (page), Markdown and Word. */
@ApplicationScoped
public class FindingsService {

    /** Charts in Word: 1800 px wide at 200 dpi, placed 15 cm wide on the page. */
    static final int DOCX_CHART_WIDTH = 1800;

    static final int DOCX_CHART_DPI = 200;

    private final WaveResultsService results;

    FindingsService(WaveResultsService results) {
        this.results = results;
    }

    /** The report together with what it was written from, for renderers that draw charts too. */
    public record Written(FindingsReport report, QuestionnaireDefinition definition, WaveAnalysis analysis) {}

    public Written write(String wave, AnalysisQuery query) {
        LoadedWave loaded = results.load(wave, query);
        WaveAnalysis analysis = results.analysis(loaded);
        QuestionnaireDefinition definition = loaded.data().definition();
        return new Written(
                FindingsWriter.write(definition, analysis, loaded.wave().code, loaded.wave().title, loaded.wave().demo),
                definition,
                analysis);
    }

    public byte[] docx(Written written) {
        return DocxReport.render(
                written.report(),
                name -> ChartKind.byFileName(name)
                        .map(kind -> {
                            Drawn drawn = kind.draw(written.definition(), written.analysis());
                            // the chart's own proportions at its default width of 900 px
                            int height = drawn.height() * DOCX_CHART_WIDTH / 900;
                            return ChartRenderer.render(
                                    drawn.chart(), ChartFormat.PNG, DOCX_CHART_WIDTH, height, DOCX_CHART_DPI);
                        })
                        .orElseThrow());
    }
}
