package com.lzp.survey.chart;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Font;
import java.text.DecimalFormat;
import java.util.List;
import java.util.stream.Stream;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.axis.CategoryAxis;
import org.jfree.chart.axis.NumberAxis;
import org.jfree.chart.axis.NumberTickUnit;
import org.jfree.chart.labels.ItemLabelAnchor;
import org.jfree.chart.labels.ItemLabelPosition;
import org.jfree.chart.labels.StandardCategoryItemLabelGenerator;
import org.jfree.chart.renderer.category.BarRenderer;
import org.jfree.chart.title.TextTitle;
import org.jfree.chart.ui.TextAnchor;

/**
 * What every chart of the catalogue shares: the theme, a subtitle with n, percentages to one decimal as the report
 * writes them, percentage axes from 0 to 100, wrapped (never truncated) category labels, outlined bars.
 */
final class Charts {

    /** Value labels: one decimal, as the report's text and tables state percentages. */
    static final String PERCENT_LABEL = "0.0";

    private Charts() {}

    static JFreeChart styled(JFreeChart chart, String subtitle) {
        ChartStyle.THEME.apply(chart);
        if (subtitle != null) {
            chart.addSubtitle(new TextTitle(subtitle, CjkFont.of(Font.PLAIN, 12f)));
        }
        return chart;
    }

    /** Value labels just past the end of horizontal bars, inside the bar end when there is no room outside. */
    static void labelBarEnds(BarRenderer renderer) {
        renderer.setDefaultPositiveItemLabelPosition(
                new ItemLabelPosition(ItemLabelAnchor.OUTSIDE3, TextAnchor.CENTER_LEFT));
        renderer.setPositiveItemLabelPositionFallback(
                new ItemLabelPosition(ItemLabelAnchor.INSIDE3, TextAnchor.CENTER_RIGHT));
        renderer.setDefaultItemLabelsVisible(true);
    }

    /** Percent value labels ("42.1" or "42.1%") with the report's rounding. */
    static void percentLabels(BarRenderer renderer, boolean withSign) {
        renderer.setDefaultItemLabelGenerator(
                new StandardCategoryItemLabelGenerator(withSign ? "{2}%" : "{2}", new DecimalFormat(PERCENT_LABEL)));
        renderer.setDefaultItemLabelsVisible(true);
    }

    /** A percentage axis from 0 to 100 (further only when a value exceeds 100, as an over-full unit can). */
    static void percentAxis(NumberAxis axis, double largest) {
        axis.setRange(0, Math.max(100, Math.ceil(largest / 10) * 10));
        axis.setTickUnit(new NumberTickUnit(20));
        axis.setNumberFormatOverride(new DecimalFormat("0"));
    }

    /** Category labels wrapped onto up to {@code lines} lines in {@code widthRatio} of the plot, never cut short. */
    static void wrap(CategoryAxis axis, int lines, float widthRatio) {
        axis.setMaximumCategoryLabelLines(lines);
        axis.setMaximumCategoryLabelWidthRatio(widthRatio);
    }

    /** A thin dark outline around every bar, so that light fills stand out from the white page. */
    static void outlined(BarRenderer renderer) {
        renderer.setDrawBarOutline(true);
        renderer.setDefaultOutlinePaint(new Color(0x40, 0x40, 0x40));
        renderer.setDefaultOutlineStroke(new BasicStroke(0.6f));
        renderer.setAutoPopulateSeriesOutlinePaint(false);
        renderer.setAutoPopulateSeriesOutlineStroke(false);
    }

    static List<String> texts(String title, String subtitle, List<String> more) {
        return Stream.concat(Stream.of(title, subtitle), more.stream())
                .filter(t -> t != null && !t.isEmpty())
                .toList();
    }
}
