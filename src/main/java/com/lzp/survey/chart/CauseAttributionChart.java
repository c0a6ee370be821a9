package com.lzp.survey.chart;

import com.lzp.survey.analysis.CauseAttribution;
import com.lzp.survey.analysis.WaveAnalysis;
import java.util.ArrayList;
import java.util.List;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.axis.CategoryAxis;
import org.jfree.chart.axis.NumberAxis;
import org.jfree.chart.plot.CategoryPlot;
import org.jfree.data.category.DefaultCategoryDataset;

/** For each problem, each cause's LMG share of the explained variance, with its bootstrap confidence interval. */
final class CauseAttributionChart {

    private CauseAttributionChart() {}

    static Drawn draw(WaveAnalysis analysis) {
        DefaultCategoryDataset dataset = new DefaultCategoryDataset();
        IntervalBarRenderer renderer = new IntervalBarRenderer();
        List<String> texts = new ArrayList<>();
        double confidence = 0.95;
        int draws = 0;
        for (CauseAttribution problem : analysis.attribution()) {
            String category = problem.problemName()
                    + (problem.rSquared() == null ? "" : String.format("（R²=%.2f）", problem.rSquared()));
            texts.add(category);
            confidence = problem.confidence();
            draws = problem.draws();
            for (CauseAttribution.CauseShare cause : problem.causes()) {
                dataset.addValue(cause.sharePercent(), cause.name(), category);
                renderer.setInterval(cause.name(), category, cause.shareLower(), cause.shareUpper());
                texts.add(cause.name());
            }
        }
        String title = "原因剖析：各类原因对问题的解释份额";
        String subtitle = "LMG 分解 R²，误差线为 " + Math.round(confidence * 100) + "% 自助法置信区间（" + draws + " 次重抽样）";
        String axisLabel = "占可解释部分的比例（%）";
        CategoryPlot plot = new CategoryPlot(dataset, new CategoryAxis(), new NumberAxis(axisLabel), renderer);
        JFreeChart chart = Charts.styled(new JFreeChart(title, JFreeChart.DEFAULT_TITLE_FONT, plot, true), subtitle);
        for (int s = 0; s < dataset.getRowCount(); s++) {
            renderer.setSeriesPaint(s, ChartStyle.SERIES[s % ChartStyle.SERIES.length]);
        }
        renderer.setShadowVisible(false);
        ((NumberAxis) plot.getRangeAxis()).setRange(0, 100);
        return new Drawn(chart, Charts.texts(title, subtitle, concat(texts, axisLabel)), 540);
    }

    private static List<String> concat(List<String> texts, String more) {
        List<String> all = new ArrayList<>(texts);
        all.add(more);
        return all;
    }
}
