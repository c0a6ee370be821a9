package com.lzp.survey.chart;

import com.lzp.survey.analysis.DimensionSummary;
import com.lzp.survey.analysis.WaveSummary;
import com.lzp.survey.questionnaire.DimensionKind;
import com.lzp.survey.questionnaire.QuestionnaireDefinition;
import java.awt.Color;
import java.util.ArrayList;
import java.util.List;
import org.jfree.chart.ChartFactory;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.axis.NumberAxis;
import org.jfree.chart.plot.CategoryPlot;
import org.jfree.chart.plot.PlotOrientation;
import org.jfree.chart.renderer.category.BarRenderer;
import org.jfree.data.category.DefaultCategoryDataset;

/**
 * Bar chart of the problem dimensions: the share of respondents for whom each applies (dimension score at least
 * the scale's applies point), in questionnaire order.
 */
public final class ProblemAppliesChart {

    static final String SERIES = "认为存在该问题的比例";

    private ProblemAppliesChart() {}

    public static Drawn draw(QuestionnaireDefinition definition, WaveSummary summary) {
        DefaultCategoryDataset dataset = new DefaultCategoryDataset();
        List<String> texts = new ArrayList<>();
        for (DimensionSummary dimension : summary.dimensions()) {
            if (dimension.kind() != DimensionKind.PROBLEM) {
                continue;
            }
            String category = dimension.name() + "（" + dimension.aspect() + "）";
            dataset.addValue(dimension.appliesPercent(), SERIES, category);
            texts.add(category);
        }
        String title = definition.labels().problems() + "：认为各类问题存在的"
                + definition.labels().respondents() + "比例";
        String subtitle = "n = " + summary.responses() + "；维度均分 ≥ "
                + definition.scale().appliesFrom() + " 视为存在该问题（" + definition.title() + "）";
        String valueAxis = "比例（%）";
        JFreeChart chart = Charts.styled(
                ChartFactory.createBarChart(
                        title, null, valueAxis, dataset, PlotOrientation.VERTICAL, false, false, false),
                subtitle);
        CategoryPlot plot = chart.getCategoryPlot();
        NumberAxis axis = (NumberAxis) plot.getRangeAxis();
        Charts.percentAxis(axis, 0);
        BarRenderer renderer = (BarRenderer) plot.getRenderer();
        renderer.setSeriesPaint(0, ChartStyle.SERIES[1]);
        renderer.setMaximumBarWidth(0.18);
        Charts.outlined(renderer);
        Charts.percentLabels(renderer, true);
        // below vertical bars a label may take up to three lines of its category's width, never be cut short
        plot.getDomainAxis().setMaximumCategoryLabelLines(3);
        renderer.setDefaultItemLabelPaint(Color.BLACK);
        texts.addAll(List.of(title, subtitle, valueAxis, SERIES));
        return new Drawn(chart, texts, 540, List.of(ChartStyle.SERIES[1]));
    }
}
