package com.lzp.survey.chart;

import com.lzp.survey.analysis.UnitResponseRate;
import com.lzp.survey.analysis.WaveSummary;
import java.awt.Font;
import java.text.DecimalFormat;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.jfree.chart.ChartFactory;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.axis.NumberAxis;
import org.jfree.chart.plot.PlotOrientation;
import org.jfree.chart.renderer.category.BarRenderer;
import org.jfree.data.category.DefaultCategoryDataset;

/**
 * Response rate of every unit, highest first, as horizontal bars: 73 unit names stay readable. Units with fewer
 * responses than the suppression threshold are listed last without figures, as committees may see this chart. A
 * selection by answer or date has no denominator: the units are listed with their response counts and no rate.
 */
final class ResponseRateChart {

    private ResponseRateChart() {}

    /** @param threshold units with fewer responses show neither their count nor their rate */
    static Drawn draw(WaveSummary summary, int threshold) {
        DefaultCategoryDataset dataset = new DefaultCategoryDataset();
        List<String> texts = new ArrayList<>();
        List<UnitResponseRate> units = summary.units().stream()
                .sorted(Comparator.comparing((UnitResponseRate u) ->
                                u.responseRate() == null || u.responses() < threshold ? -1 : u.responseRate())
                        .reversed()
                        .thenComparing(UnitResponseRate::unit))
                .toList();
        double largest = 0;
        for (UnitResponseRate unit : units) {
            boolean small = unit.responses() < threshold;
            String label = unit.name()
                    + (small
                            ? "（少于" + threshold + "份）"
                            : summary.wholeUnits()
                                    ? "（" + unit.responses() + "/" + unit.expectedCadres() + "）"
                                    : "（" + unit.responses() + "份）");
            Double rate = small ? null : unit.responseRate();
            dataset.addValue(rate, "回收率", label);
            largest = Math.max(largest, rate == null ? 0 : rate);
            texts.add(label);
        }
        String title = "各单位问卷回收率";
        String subtitle = summary.wholeUnits()
                ? String.format(
                        "共 %d 个单位，回收 %d 份，应参加 %d 人，总回收率 %s",
                        units.size(),
                        summary.responses(),
                        summary.expectedCadres(),
                        summary.responseRate() == null
                                ? "–"
                                : new DecimalFormat(Charts.PERCENT_LABEL).format(summary.responseRate()) + "%")
                : String.format("共 %d 个单位，所选答卷 %d 份；按作答内容或日期筛选时应参加人数未知，不计算回收率", units.size(), summary.responses());
        JFreeChart chart = Charts.styled(
                ChartFactory.createBarChart(
                        title, null, "回收率（%）", dataset, PlotOrientation.HORIZONTAL, false, false, false),
                subtitle);
        BarRenderer renderer = (BarRenderer) chart.getCategoryPlot().getRenderer();
        renderer.setSeriesPaint(0, ChartStyle.SERIES[2]);
        Charts.outlined(renderer);
        Charts.percentLabels(renderer, true);
        Charts.labelBarEnds(renderer);
        renderer.setDefaultItemLabelFont(CjkFont.of(Font.PLAIN, 10f));
        chart.getCategoryPlot().getDomainAxis().setTickLabelFont(CjkFont.of(Font.PLAIN, 11f));
        Charts.wrap(chart.getCategoryPlot().getDomainAxis(), 2, 0.4f);
        Charts.percentAxis((NumberAxis) chart.getCategoryPlot().getRangeAxis(), largest);
        return new Drawn(
                chart, Charts.texts(title, subtitle, texts), 130 + 17 * units.size(), List.of(ChartStyle.SERIES[2]));
    }
}
