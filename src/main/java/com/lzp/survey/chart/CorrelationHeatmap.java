package com.lzp.survey.chart;

import com.lzp.survey.analysis.Correlations;
import com.lzp.survey.analysis.WaveAnalysis;
import com.lzp.survey.questionnaire.DimensionKind;
import com.lzp.survey.questionnaire.QuestionnaireDefinition;
import java.awt.Color;
import java.awt.Font;
import java.util.ArrayList;
import java.util.List;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.annotations.XYTextAnnotation;
import org.jfree.chart.axis.SymbolAxis;
import org.jfree.chart.plot.XYPlot;
import org.jfree.chart.renderer.LookupPaintScale;
import org.jfree.chart.renderer.xy.XYBlockRenderer;
import org.jfree.data.xy.DefaultXYZDataset;

/** Problems (rows) × causes (columns): Spearman correlations of the dimension scores, printed in each cell. */
final class CorrelationHeatmap {

    private CorrelationHeatmap() {}

    static Drawn draw(QuestionnaireDefinition definition, WaveAnalysis analysis) {
        Correlations correlations = analysis.correlations();
        List<String> problems = definition.dimensionsOf(DimensionKind.PROBLEM).stream()
                .map(d -> d.code())
                .toList();
        List<String> causes = definition.dimensionsOf(DimensionKind.CAUSE).stream()
                .map(d -> d.code())
                .toList();
        int cells = problems.size() * causes.size();
        double[][] xyz = new double[3][cells];
        List<XYTextAnnotation> labels = new ArrayList<>();
        int i = 0;
        for (int p = 0; p < problems.size(); p++) {
            for (int c = 0; c < causes.size(); c++) {
                Double rho = correlations
                        .rho()
                        .get(correlations.dimensions().indexOf(problems.get(p)))
                        .get(correlations.dimensions().indexOf(causes.get(c)));
                xyz[0][i] = c;
                xyz[1][i] = p;
                xyz[2][i] = rho == null ? Double.NaN : rho;
                XYTextAnnotation label = new XYTextAnnotation(rho == null ? "–" : String.format("%.2f", rho), c, p);
                label.setFont(CjkFont.of(Font.BOLD, 16f));
                label.setPaint(rho != null && Math.abs(rho) >= 0.5 ? Color.WHITE : Color.BLACK);
                labels.add(label);
                i++;
            }
        }
        DefaultXYZDataset dataset = new DefaultXYZDataset();
        dataset.addSeries("rho", xyz);
        List<String> causeNames = names(definition, causes);
        List<String> problemNames = names(definition, problems);
        SymbolAxis x = new SymbolAxis("原因", causeNames.toArray(String[]::new));
        SymbolAxis y = new SymbolAxis("问题", problemNames.toArray(String[]::new));
        y.setInverted(true);
        XYBlockRenderer renderer = new XYBlockRenderer();
        LookupPaintScale scale = new LookupPaintScale(-1, 1.0001, Color.WHITE);
        double[] steps = {-1, -0.5, -0.3, -0.1, 0.1, 0.3, 0.5, 0.7};
        Color[] colours = {
            new Color(0x8B, 0x1A, 0x1A),
            new Color(0xE0, 0x8A, 0x7E),
            new Color(0xF4, 0xC2, 0xA1),
            Color.WHITE,
            new Color(0xD6, 0xE4, 0xF0),
            new Color(0x7F, 0xA7, 0xCF),
            new Color(0x2C, 0x5A, 0x8C),
            new Color(0x1F, 0x3A, 0x5F)
        };
        for (int s = 0; s < steps.length; s++) {
            scale.add(steps[s], colours[s]);
        }
        renderer.setPaintScale(scale);
        XYPlot plot = new XYPlot(dataset, x, y, renderer);
        String title = "问题与原因的相关（Spearman ρ）";
        String subtitle = "每对维度按同时有得分的干部计算；颜色越深相关越强";
        JFreeChart chart = Charts.styled(new JFreeChart(title, JFreeChart.DEFAULT_TITLE_FONT, plot, false), subtitle);
        // after the theme, which would repaint annotations in its own colour
        labels.forEach(plot::addAnnotation);
        plot.setDomainGridlinesVisible(false);
        plot.setRangeGridlinesVisible(false);
        List<String> texts = new ArrayList<>(causeNames);
        texts.addAll(problemNames);
        texts.addAll(List.of("原因", "问题"));
        // every cell prints its ρ, so colour only repeats what is written: no fills a reader must tell apart
        return new Drawn(chart, Charts.texts(title, subtitle, texts), 520, List.of());
    }

    private static List<String> names(QuestionnaireDefinition definition, List<String> codes) {
        return codes.stream()
                .map(c -> definition.dimension(c).map(d -> d.name()).orElse(c))
                .toList();
    }
}
