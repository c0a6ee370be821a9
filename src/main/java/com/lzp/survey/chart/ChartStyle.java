package com.lzp.survey.chart;

import java.awt.Color;
import java.awt.Font;
import java.awt.Paint;
import org.jfree.chart.StandardChartTheme;
import org.jfree.chart.renderer.category.StandardBarPainter;

/**
 * The one look of every chart: the bundled CJK font at four sizes, white background, and fills that stay
 * distinguishable when printed in grey (dark to light).
 */
final class ChartStyle {

    /** Fills in series order; their luminance steps apart so that greyscale prints keep them apart. */
    static final Paint[] SERIES = {
        new Color(0xB2, 0x18, 0x2B), new Color(0x2C, 0x5A, 0x8C), new Color(0xE6, 0x9F, 0x00),
        new Color(0x4D, 0x4D, 0x4D), new Color(0x8F, 0xB9, 0xDA), new Color(0xF4, 0xC2, 0xA1)
    };

    /**
     * The five scale points, 完全不同意 … 完全同意: reds for disagreement, grey for the middle, blues for agreement;
     * dark at both ends so that a grey print still tells the ends from the middle.
     */
    static final Paint[] LIKERT = {
        new Color(0x8B, 0x1A, 0x1A),
        new Color(0xE0, 0x8A, 0x7E),
        new Color(0xBD, 0xBD, 0xBD),
        new Color(0x7F, 0xA7, 0xCF),
        new Color(0x1F, 0x4E, 0x79)
    };

    static final StandardChartTheme THEME = theme();

    private ChartStyle() {}

    private static StandardChartTheme theme() {
        StandardChartTheme theme = new StandardChartTheme("lzp");
        theme.setExtraLargeFont(CjkFont.of(Font.BOLD, 20f));
        theme.setLargeFont(CjkFont.of(Font.BOLD, 15f));
        theme.setRegularFont(CjkFont.of(Font.PLAIN, 13f));
        theme.setSmallFont(CjkFont.of(Font.PLAIN, 11f));
        theme.setChartBackgroundPaint(Color.WHITE);
        theme.setPlotBackgroundPaint(Color.WHITE);
        theme.setRangeGridlinePaint(new Color(0xCC, 0xCC, 0xCC));
        theme.setDomainGridlinePaint(new Color(0xCC, 0xCC, 0xCC));
        theme.setBarPainter(new StandardBarPainter());
        theme.setShadowVisible(false);
        theme.setAxisLabelPaint(Color.DARK_GRAY);
        theme.setTickLabelPaint(Color.DARK_GRAY);
        return theme;
    }
}
