package com.lzp.survey.chart;

import com.lzp.survey.analysis.UnitResponseRate;
import com.lzp.survey.analysis.WaveSummary;
import com.lzp.survey.questionnaire.ReportLabels;
import java.text.DecimalFormat;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.jfree.chart.ChartFactory;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.axis.NumberAxis;
import org.jfree.chart.plot.PlotOrientation;
import org.jfree.chart.renderer.category.BarRenderer;
import org.jfree.data.category.DefaultCategoryDataset;

/**
 * Response rate by unit type (responses of the type's units ÷ their expected number): the report's overview chart,
 * small enough for a printed page where 73 units are not. A type with fewer responses than the suppression
 * threshold is named without figures; without a known denominator (a selection by answer or date) there is no rate.
 */
final class ResponseRateByTypeChart {

    private ResponseRateByTypeChart() {}

    static Drawn draw(WaveSummary summary, int threshold, ReportLabels labels) {
        Map<String, long[]> byType = new LinkedHashMap<>();
        for (UnitResponseRate unit : summary.units()) {
            long[] totals = byType.computeIfAbsent(unit.unitType(), t -> new long[3]);
            totals[0] += unit.responses();
            totals[1] += unit.expectedCadres();
            totals[2]++;
        }
        DefaultCategoryDataset dataset = new DefaultCategoryDataset();
        List<String> texts = new ArrayList<>();
        List<String> hidden = new ArrayList<>();
        double largest = 0;
        for (Map.Entry<String, long[]> type : byType.entrySet()) {
            long[] t = type.getValue();
            String label = type.getKey() + "（" + t[2] + "个" + labels.organizations() + "）";
            texts.add(label);
            if (t[0] < threshold) {
                hidden.add(type.getKey());
                dataset.addValue(null, "回收率", label);
                continue;
            }
            Double rate = summary.wholeUnits() && t[1] > 0 ? 100.0 * t[0] / t[1] : null;
            dataset.addValue(rate, "回收率", label);
            largest = Math.max(largest, rate == null ? 0 : rate);
        }
        String title = "各类单位问卷回收率";
        String subtitle = (summary.wholeUnits()
                        ? "总回收率 "
                                + (summary.responseRate() == null
                                        ? "–"
                                        : new DecimalFormat(Charts.PERCENT_LABEL).format(summary.responseRate()) + "%")
                                + "（回收 " + summary.responses() + " 份，应参加 " + summary.expectedCadres() + " 人）"
                        : "按作答内容或日期筛选时应参加人数未知，不计算回收率")
                + (hidden.isEmpty() ? "" : "；答卷过少未显示：" + String.join("、", hidden));
        JFreeChart chart = Charts.styled(
                ChartFactory.createBarChart(
                        title, null, "回收率（%）", dataset, PlotOrientation.HORIZONTAL, false, false, false),
                subtitle);
        BarRenderer renderer = (BarRenderer) chart.getCategoryPlot().getRenderer();
        renderer.setSeriesPaint(0, ChartStyle.SERIES[2]);
        renderer.setMaximumBarWidth(0.12);
        Charts.outlined(renderer);
        Charts.percentLabels(renderer, true);
        Charts.labelBarEnds(renderer);
        Charts.wrap(chart.getCategoryPlot().getDomainAxis(), 2, 0.3f);
        Charts.percentAxis((NumberAxis) chart.getCategoryPlot().getRangeAxis(), largest);
        return new Drawn(
                chart, Charts.texts(title, subtitle, texts), 160 + 45 * byType.size(), List.of(ChartStyle.SERIES[2]));
    }
}
