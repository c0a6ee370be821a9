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
import org.jfree.chart.labels.StandardCategoryItemLabelGenerator;
import org.jfree.chart.plot.PlotOrientation;
import org.jfree.chart.renderer.category.BarRenderer;
import org.jfree.data.category.DefaultCategoryDataset;

/**
 * Response rate of every unit, highest first, as horizontal bars: 73 unit names stay readable. Units with fewer
 * responses than the suppression threshold are listed last without figures, as committees may see this chart.
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
        for (UnitResponseRate unit : units) {
            boolean small = unit.responses() < threshold;
            String label = unit.name()
                    + (small ? "（少于" + threshold + "份）" : "（" + unit.responses() + "/" + unit.expectedCadres() + "）");
            dataset.addValue(small || unit.responseRate() == null ? null : unit.responseRate(), "回收率", label);
            texts.add(label);
        }
        String title = "各单位问卷回收率";
        String subtitle = String.format(
                "共 %d 个单位，回收 %d 份，应答 %d 人，总回收率 %s",
                units.size(),
                summary.responses(),
                summary.expectedCadres(),
                summary.responseRate() == null ? "–" : new DecimalFormat("0.0").format(summary.responseRate()) + "%");
        JFreeChart chart = Charts.styled(
                ChartFactory.createBarChart(
                        title, null, "回收率（%）", dataset, PlotOrientation.HORIZONTAL, false, false, false),
                subtitle);
        BarRenderer renderer = (BarRenderer) chart.getCategoryPlot().getRenderer();
        renderer.setSeriesPaint(0, ChartStyle.SERIES[1]);
        renderer.setDefaultItemLabelGenerator(new StandardCategoryItemLabelGenerator("{2}%", new DecimalFormat("0")));
        Charts.labelBarEnds(renderer);
        renderer.setDefaultItemLabelFont(CjkFont.of(Font.PLAIN, 10f));
        chart.getCategoryPlot().getDomainAxis().setTickLabelFont(CjkFont.of(Font.PLAIN, 11f));
        chart.getCategoryPlot().getDomainAxis().setMaximumCategoryLabelWidthRatio(0.4f);
        ((NumberAxis) chart.getCategoryPlot().getRangeAxis()).setRange(0, 110);
        return new Drawn(chart, Charts.texts(title, subtitle, texts), 130 + 17 * units.size());
    }
}
