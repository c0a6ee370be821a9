package com.lzp.survey.chart;

import com.lzp.survey.analysis.CauseAttribution;
import com.lzp.survey.analysis.WaveAnalysis;
import com.lzp.survey.questionnaire.DimensionKind;
import com.lzp.survey.questionnaire.QuestionnaireDefinition;
import java.awt.Paint;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.axis.CategoryAxis;
import org.jfree.chart.axis.NumberAxis;
import org.jfree.chart.plot.CategoryPlot;
import org.jfree.data.category.DefaultCategoryDataset;

/**
 * For each problem, each cause's LMG share of the explained variance, with its bootstrap confidence interval: how
 * strongly each cause goes with the problem (an association, not a cause).
 */
final class CauseAttributionChart {

    private CauseAttributionChart() {}

    static Drawn draw(QuestionnaireDefinition definition, WaveAnalysis analysis) {
        DefaultCategoryDataset dataset = new DefaultCategoryDataset();
        IntervalBarRenderer renderer = new IntervalBarRenderer();
        List<String> texts = new ArrayList<>();
        double confidence = 0.95;
        int draws = 0;
        List<String> fits = new ArrayList<>();
        for (CauseAttribution problem : analysis.attribution()) {
            String category = problem.problemName();
            if (problem.rSquared() != null) {
                // three decimals, as the report's notes and tables give R²
                fits.add(category + " " + String.format(Locale.ROOT, "%.3f", problem.rSquared()));
            }
            texts.add(category);
            confidence = problem.confidence();
            draws = problem.draws();
            for (CauseAttribution.CauseShare cause : problem.causes()) {
                dataset.addValue(cause.sharePercent(), cause.name(), category);
                renderer.setInterval(cause.name(), category, cause.shareLower(), cause.shareUpper());
                texts.add(cause.name());
            }
        }
        String title = "各类原因与问题的关联：解释份额";
        String subtitle = "R²（" + String.join("，", fits) + "）按 LMG 分解；误差线为 " + Math.round(confidence * 100)
                + "% 自助法置信区间（" + draws + " 次重抽样）；只反映关联，不表示因果";
        String axisLabel = "占可解释部分的比例（%）";
        CategoryPlot plot = new CategoryPlot(dataset, new CategoryAxis(), new NumberAxis(axisLabel), renderer);
        JFreeChart chart = Charts.styled(new JFreeChart(title, JFreeChart.DEFAULT_TITLE_FONT, plot, true), subtitle);
        List<Paint> fills = new ArrayList<>();
        for (int s = 0; s < dataset.getRowCount(); s++) {
            Paint fill = ChartStyle.SERIES[s % ChartStyle.SERIES.length];
            renderer.setSeriesPaint(s, fill);
            fills.add(fill);
        }
        renderer.setShadowVisible(false);
        Charts.outlined(renderer);
        Charts.percentAxis((NumberAxis) plot.getRangeAxis(), 0);
        plot.getDomainAxis().setMaximumCategoryLabelLines(3);
        List<String> all = new ArrayList<>(texts);
        all.add(axisLabel);
        int causes = definition.dimensionsOf(DimensionKind.CAUSE).size();
        return new Drawn(
                chart, Charts.texts(title, subtitle, all), 540, fills.subList(0, Math.min(fills.size(), causes)));
    }
}
