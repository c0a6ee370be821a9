package com.lzp.survey.chart;

import java.awt.Font;
import java.util.List;
import java.util.stream.Stream;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.labels.ItemLabelAnchor;
import org.jfree.chart.labels.ItemLabelPosition;
import org.jfree.chart.renderer.category.BarRenderer;
import org.jfree.chart.title.TextTitle;
import org.jfree.chart.ui.TextAnchor;

/** What every chart of the catalogue shares: the theme, a subtitle with n, and the texts it draws. */
final class Charts {

    private Charts() {}

    static JFreeChart styled(JFreeChart chart, String subtitle) {
        ChartStyle.THEME.apply(chart);
        if (subtitle != null) {
            chart.addSubtitle(new TextTitle(subtitle, CjkFont.of(Font.PLAIN, 12f)));
        }
        return chart;
    }

    /** Value labels just past the end of horizontal bars. */
    static void labelBarEnds(BarRenderer renderer) {
        renderer.setDefaultPositiveItemLabelPosition(
                new ItemLabelPosition(ItemLabelAnchor.OUTSIDE3, TextAnchor.CENTER_LEFT));
        renderer.setDefaultItemLabelsVisible(true);
    }

    /** An axis upper bound with room for labels: the largest value rounded up to ten, plus ten, at most 100. */
    static double upperBound(double largest) {
        return Math.min(100, Math.max(50, Math.ceil(largest / 10) * 10 + 10));
    }

    static List<String> texts(String title, String subtitle, List<String> more) {
        return Stream.concat(Stream.of(title, subtitle), more.stream())
                .filter(t -> t != null && !t.isEmpty())
                .toList();
    }
}
