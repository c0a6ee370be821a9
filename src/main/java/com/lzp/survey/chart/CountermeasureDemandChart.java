package com.lzp.survey.chart;

import com.lzp.survey.analysis.CountermeasureDemand;
import com.lzp.survey.analysis.OptionShare;
import com.lzp.survey.questionnaire.Option;
import com.lzp.survey.questionnaire.Question;
import com.lzp.survey.questionnaire.ReportLabels;
import java.awt.Paint;
import java.util.ArrayList;
import java.util.List;
import org.jfree.chart.ChartFactory;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.LegendItem;
import org.jfree.chart.LegendItemCollection;
import org.jfree.chart.axis.NumberAxis;
import org.jfree.chart.plot.PlotOrientation;
import org.jfree.chart.renderer.category.BarRenderer;
import org.jfree.data.category.DefaultCategoryDataset;

/** Share of respondents asking for each countermeasure, coloured by its group (助推剂, 粘合剂, 强化剂). */
final class CountermeasureDemandChart {

    private CountermeasureDemandChart() {}

    static Drawn draw(Question measures, CountermeasureDemand demand, ReportLabels labels) {
        DefaultCategoryDataset dataset = new DefaultCategoryDataset();
        List<String> texts = new ArrayList<>();
        List<Paint> paints = new ArrayList<>();
        List<String> groups = measures.groups().stream().map(g -> g.code()).toList();
        double largest = 0;
        for (OptionShare share : demand.measures()) {
            Option option = measures.option(share.code()).orElseThrow();
            String label = option.code() + " " + option.label();
            dataset.addValue(share.percent() == null ? 0 : share.percent(), "选择比例", label);
            largest = Math.max(largest, share.percent() == null ? 0 : share.percent());
            paints.add(ChartStyle.SERIES[Math.max(0, groups.indexOf(option.group())) % ChartStyle.SERIES.length]);
            texts.add(label);
        }
        String title = labels.countermeasures() + "：" + labels.respondents() + "最需要的措施";
        String subtitle = "每人最多选 " + measures.mostChoices() + " 项；比例按回答该题的 " + demand.answered() + " 人计算";
        JFreeChart chart = ChartFactory.createBarChart(
                title, null, "选择比例（%）", dataset, PlotOrientation.HORIZONTAL, true, false, false);
        BarRenderer renderer = new BarRenderer() {
            private static final long serialVersionUID = 1L;

            @Override
            public Paint getItemPaint(int row, int column) {
                return paints.get(column);
            }
        };
        chart.getCategoryPlot().setRenderer(renderer);
        Charts.styled(chart, subtitle);
        Charts.outlined(renderer);
        Charts.percentLabels(renderer, true);
        Charts.labelBarEnds(renderer);
        Charts.wrap(chart.getCategoryPlot().getDomainAxis(), 3, 0.42f);
        LegendItemCollection legend = new LegendItemCollection();
        List<Paint> fills = new ArrayList<>();
        for (int g = 0; g < measures.groups().size(); g++) {
            String label = measures.groups().get(g).label();
            Paint fill = ChartStyle.SERIES[g % ChartStyle.SERIES.length];
            legend.add(new LegendItem(label, fill));
            fills.add(fill);
            texts.add(label);
        }
        chart.getCategoryPlot().setFixedLegendItems(legend);
        Charts.percentAxis((NumberAxis) chart.getCategoryPlot().getRangeAxis(), largest);
        return new Drawn(
                chart,
                Charts.texts(title, subtitle, texts),
                160 + 64 * demand.measures().size(),
                fills);
    }
}
