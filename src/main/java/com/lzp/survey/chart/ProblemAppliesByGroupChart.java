package com.lzp.survey.chart;

import com.lzp.survey.analysis.CrossTab;
import com.lzp.survey.analysis.WaveAnalysis;
import com.lzp.survey.questionnaire.DimensionKind;
import com.lzp.survey.questionnaire.QuestionnaireDefinition;
import java.awt.Font;
import java.awt.Paint;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.jfree.chart.ChartFactory;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.axis.NumberAxis;
import org.jfree.chart.plot.PlotOrientation;
import org.jfree.chart.renderer.category.BarRenderer;
import org.jfree.data.category.DefaultCategoryDataset;

/**
 * For each problem dimension, the share of each group (by role or unit type) for whom it applies, from the
 * cross-tabs; groups below the suppression threshold are left out and named in the subtitle.
 */
final class ProblemAppliesByGroupChart {

    private ProblemAppliesByGroupChart() {}

    static Drawn draw(QuestionnaireDefinition definition, WaveAnalysis analysis, String variable) {
        DefaultCategoryDataset dataset = new DefaultCategoryDataset();
        Set<String> suppressed = new LinkedHashSet<>();
        List<String> texts = new ArrayList<>();
        String variableName = variable;
        for (var problem : definition.dimensionsOf(DimensionKind.PROBLEM)) {
            CrossTab tab = analysis.crossTabs().stream()
                    .filter(t -> t.rowVariable().equals(variable)
                            && t.columnVariable().equals(problem.code()))
                    .findFirst()
                    .orElse(null);
            if (tab == null) {
                continue;
            }
            variableName = tab.rowName();
            texts.add(problem.name());
            for (CrossTab.Row row : tab.rows()) {
                if (row.suppressed()) {
                    if (row.total() > 0) {
                        suppressed.add(row.label());
                    }
                    continue;
                }
                dataset.addValue(row.rowPercents().get(0), row.label(), problem.name());
                texts.add(row.label());
            }
        }
        String title = "存在问题的比例：按" + variableName + "比较";
        String subtitle = "维度均分 ≥ " + definition.scale().appliesFrom() + " 视为存在该问题；标注为百分比"
                + (suppressed.isEmpty() ? "" : "；人数过少未显示：" + String.join("、", suppressed));
        JFreeChart chart = Charts.styled(
                ChartFactory.createBarChart(
                        title, null, "比例（%）", dataset, PlotOrientation.VERTICAL, true, false, false),
                subtitle);
        BarRenderer renderer = (BarRenderer) chart.getCategoryPlot().getRenderer();
        List<Paint> fills = new ArrayList<>();
        for (int s = 0; s < dataset.getRowCount(); s++) {
            Paint fill = ChartStyle.SERIES[s % ChartStyle.SERIES.length];
            renderer.setSeriesPaint(s, fill);
            fills.add(fill);
        }
        Charts.outlined(renderer);
        renderer.setMaximumBarWidth(0.08);
        Charts.percentLabels(renderer, false);
        renderer.setDefaultItemLabelFont(CjkFont.of(Font.PLAIN, dataset.getRowCount() > 3 ? 9f : 11f));
        Charts.percentAxis((NumberAxis) chart.getCategoryPlot().getRangeAxis(), 0);
        chart.getCategoryPlot().getDomainAxis().setMaximumCategoryLabelLines(3);
        return new Drawn(chart, Charts.texts(title, subtitle, texts), 540, fills);
    }
}
