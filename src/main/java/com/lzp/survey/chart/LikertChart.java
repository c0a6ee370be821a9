package com.lzp.survey.chart;

import com.lzp.survey.analysis.ItemFrequencies;
import com.lzp.survey.analysis.ScalePointCount;
import com.lzp.survey.analysis.WaveSummary;
import com.lzp.survey.questionnaire.DimensionKind;
import com.lzp.survey.questionnaire.Question;
import com.lzp.survey.questionnaire.QuestionnaireDefinition;
import java.awt.Paint;
import java.text.DecimalFormat;
import java.text.FieldPosition;
import java.text.NumberFormat;
import java.text.ParsePosition;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.jfree.chart.ChartFactory;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.LegendItem;
import org.jfree.chart.LegendItemCollection;
import org.jfree.chart.axis.CategoryAxis;
import org.jfree.chart.axis.NumberAxis;
import org.jfree.chart.plot.CategoryPlot;
import org.jfree.chart.plot.PlotOrientation;
import org.jfree.chart.renderer.category.StackedBarRenderer;
import org.jfree.data.category.DefaultCategoryDataset;

/**
 * Diverging stacked bars of the Likert distribution of one block's items, in questionnaire order: disagreement
 * to the left of zero, agreement to the right, the neutral point split in half across zero. Shares are of those
 * who answered each item.
 */
final class LikertChart {

    private LikertChart() {}

    static Drawn draw(QuestionnaireDefinition definition, WaveSummary summary, DimensionKind kind, String block) {
        Map<String, ItemFrequencies> byItem =
                summary.items().stream().collect(Collectors.toMap(ItemFrequencies::item, Function.identity()));
        List<String> labels = definition.scale().labels();
        int points = labels.size();
        int middle = points % 2 == 1 ? points / 2 : -1;
        DefaultCategoryDataset dataset = new DefaultCategoryDataset();
        List<String> texts = new ArrayList<>(labels);
        List<Question> items = definition.likertItems().stream()
                .filter(q -> definition
                        .dimension(q.dimension())
                        .map(d -> d.kind() == kind)
                        .orElse(false))
                .toList();
        // series order: from zero outwards on each side, so that the stack grows away from the middle
        List<Integer> left = new ArrayList<>();
        if (middle >= 0) {
            left.add(middle);
        }
        for (int p = (middle >= 0 ? middle : points / 2) - 1; p >= 0; p--) {
            left.add(p);
        }
        List<Integer> right = new ArrayList<>();
        for (int p = middle >= 0 ? middle : points / 2; p < points; p++) {
            right.add(p);
        }
        for (Question item : items) {
            String category = item.code() + " " + definition.labels().statement(item);
            texts.add(category);
            List<ScalePointCount> counts = byItem.get(item.code()).points();
            for (int p : left) {
                double share = value(counts.get(p).percent()) * (p == middle ? 0.5 : 1);
                dataset.addValue(-share, seriesKey(labels, p, p == middle, true), category);
            }
            for (int p : right) {
                double share = value(counts.get(p).percent()) * (p == middle ? 0.5 : 1);
                dataset.addValue(share, seriesKey(labels, p, p == middle, false), category);
            }
        }
        String title = block + "：各条目的回答分布";
        String subtitle = "n = " + summary.responses() + "；左侧为不同意，右侧为同意，"
                + (middle >= 0 ? "「" + labels.get(middle) + "」居中各占一半；" : "") + "比例按作答人数计算";
        JFreeChart chart = Charts.styled(
                ChartFactory.createStackedBarChart(
                        title, null, "比例（%）", dataset, PlotOrientation.HORIZONTAL, true, false, false),
                subtitle);
        CategoryPlot plot = chart.getCategoryPlot();
        Paint[] fills = ChartStyle.likert(points);
        StackedBarRenderer renderer = (StackedBarRenderer) plot.getRenderer();
        for (int s = 0; s < dataset.getRowCount(); s++) {
            String key = (String) dataset.getRowKey(s);
            int point = pointOf(labels, key);
            renderer.setSeriesPaint(s, fills[point]);
        }
        renderer.setMaximumBarWidth(0.6);
        LegendItemCollection legend = new LegendItemCollection();
        for (int p = 0; p < points; p++) {
            legend.add(new LegendItem(labels.get(p), fills[p]));
        }
        plot.setFixedLegendItems(legend);
        double widest = 0;
        for (int c = 0; c < dataset.getColumnCount(); c++) {
            double negative = 0;
            double positive = 0;
            for (int s = 0; s < dataset.getRowCount(); s++) {
                double value = dataset.getValue(s, c).doubleValue();
                negative += Math.min(0, value);
                positive += Math.max(0, value);
            }
            widest = Math.max(widest, Math.max(-negative, positive));
        }
        double bound = Math.min(100, Math.ceil(widest / 10) * 10 + 10);
        NumberAxis axis = (NumberAxis) plot.getRangeAxis();
        axis.setRange(-bound, bound);
        axis.setNumberFormatOverride(new AbsolutePercent());
        Charts.outlined(renderer);
        CategoryAxis categories = plot.getDomainAxis();
        Charts.wrap(categories, 3, 0.4f);
        texts.addAll(List.of(title, subtitle, "比例（%）"));
        return new Drawn(chart, texts, 150 + 54 * items.size(), List.of(fills));
    }

    private static final String LEFT_HALF = "（左半）";

    private static String seriesKey(List<String> labels, int point, boolean neutral, boolean left) {
        return labels.get(point) + (neutral && left ? LEFT_HALF : "");
    }

    private static int pointOf(List<String> labels, String key) {
        return labels.indexOf(key.replace(LEFT_HALF, ""));
    }

    private static double value(Double percent) {
        return percent == null ? 0 : percent;
    }

    /** Axis labels without the sign: disagreement to the left reads as a share, not a negative number. */
    private static final class AbsolutePercent extends NumberFormat {
        private final DecimalFormat format = new DecimalFormat("0");

        @Override
        public StringBuffer format(double number, StringBuffer to, FieldPosition position) {
            return format.format(Math.abs(number), to, position);
        }

        @Override
        public StringBuffer format(long number, StringBuffer to, FieldPosition position) {
            return format.format(Math.abs(number), to, position);
        }

        @Override
        public Number parse(String source, ParsePosition position) {
            return format.parse(source, position);
        }
    }
}
