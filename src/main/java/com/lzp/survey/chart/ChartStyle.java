package com.lzp.survey.chart;

import java.awt.Color;
import java.awt.Font;
import java.awt.Paint;
import org.jfree.chart.StandardChartTheme;
import org.jfree.chart.renderer.category.StandardBarPainter;

/**
 * The one look of every chart: the bundled CJK font at four sizes, white background, and fills that stay
 * distinguishable when printed in grey (each a different lightness).
 */
final class ChartStyle {

    /**
     * Fills in series order, dark to light: the grey each prints as (luma Y = 0.299 R + 0.587 G + 0.114 B) is at least
     * {@value #MIN_GREY_STEP} apart from every other's, so that a grey print keeps up to six groups apart. Light
     * fills get a dark outline (see {@link Charts#outlined}).
     */
    static final Paint[] SERIES = {
        new Color(0x1A, 0x2E, 0x4A), // navy, Y 43
        new Color(0xB5, 0x30, 0x2A), // red, Y 87
        new Color(0x3F, 0x88, 0xC5), // blue, Y 121
        new Color(0xE6, 0x9F, 0x00), // orange, Y 162
        new Color(0xA8, 0xD5, 0xA2), // green, Y 194
        new Color(0xF6, 0xE3, 0xB4) // sand, Y 227
    };

    /** The least difference in grey (0–255) between two fills a reader must tell apart. */
    static final int MIN_GREY_STEP = 28;

    /**
     * The five scale points, 完全不同意 … 完全同意: reds for disagreement, grey for the middle, blues for agreement, and
     * every one a different grey (Y 60, 162, 217, 132, 24), so that a grey print tells all five apart, not only the
     * sides.
     */
    static final Paint[] LIKERT = {
        new Color(0x8B, 0x1A, 0x1A),
        new Color(0xE0, 0x8A, 0x7E),
        new Color(0xD9, 0xD9, 0xD9),
        new Color(0x5B, 0x8D, 0xBE),
        new Color(0x08, 0x1A, 0x33)
    };

    /**
     * Fills for a scale of any length: the five-point palette as it is, otherwise reds for the disagreeing points,
     * blues for the agreeing ones, grey for a middle one, with distinct greys spread from 20 to 236 (the ends
     * darkest, alternating between the sides, so that neighbours across the middle differ too).
     */
    static Paint[] likert(int points) {
        if (points == LIKERT.length) {
            return LIKERT.clone();
        }
        double[] levels = new double[points];
        for (int i = 0; i < points; i++) {
            levels[i] = 20 + (points == 1 ? 0 : 216.0 * i / (points - 1));
        }
        // points ordered from the ends inwards, agreeing end first: each takes the next lighter level
        int[] order = new int[points];
        int next = 0;
        for (int step = 0; next < points; step++) {
            int agree = points - 1 - step;
            int disagree = step;
            if (agree >= disagree) {
                order[next++] = agree;
            }
            if (disagree < agree) {
                order[next++] = disagree;
            }
        }
        Paint[] fills = new Paint[points];
        int middle = points % 2 == 1 ? points / 2 : -1;
        for (int i = 0; i < points; i++) {
            int point = order[i];
            Color hue = point == middle
                    ? new Color(0x80, 0x80, 0x80)
                    : point < points / 2.0 ? new Color(0xB2, 0x18, 0x2B) : new Color(0x21, 0x66, 0xAC);
            fills[point] = withGrey(hue, levels[i]);
        }
        return fills;
    }

    /** The hue mixed with black or white until it prints as the given grey. */
    static Color withGrey(Color hue, double target) {
        double low = 0;
        double high = 1;
        boolean lighten = grey(hue) < target;
        Color mixed = hue;
        for (int i = 0; i < 30; i++) {
            double t = (low + high) / 2;
            mixed = lighten ? mix(hue, Color.WHITE, t) : mix(hue, Color.BLACK, t);
            if ((grey(mixed) < target) == lighten) {
                low = t;
            } else {
                high = t;
            }
        }
        return mixed;
    }

    private static Color mix(Color a, Color b, double t) {
        return new Color(
                (int) Math.round(a.getRed() + (b.getRed() - a.getRed()) * t),
                (int) Math.round(a.getGreen() + (b.getGreen() - a.getGreen()) * t),
                (int) Math.round(a.getBlue() + (b.getBlue() - a.getBlue()) * t));
    }

    /** The grey a colour prints as: luma Y′ = 0.299 R + 0.587 G + 0.114 B, 0–255. */
    static double grey(Paint paint) {
        Color c = (Color) paint;
        return 0.299 * c.getRed() + 0.587 * c.getGreen() + 0.114 * c.getBlue();
    }

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
