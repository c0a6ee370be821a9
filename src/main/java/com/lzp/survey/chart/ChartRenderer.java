package com.lzp.survey.chart;

import java.awt.Rectangle;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import org.jfree.chart.ChartUtils;
import org.jfree.chart.JFreeChart;
import org.jfree.svg.SVGGraphics2D;
import org.jfree.svg.StandardFontFunction;

/** Draws a chart as PNG or SVG bytes. The same chart gives the same bytes. */
public final class ChartRenderer {

    /**
     * Viewers without the bundled font fall back to the common CJK fonts of each platform. Double quotes: JFreeSVG
     * writes the style attribute in single quotes.
     */
    private static final String SVG_FONT_FAMILIES = "\"" + CjkFont.FAMILY
            + "\", \"Noto Sans CJK SC\", \"Source Han Sans SC\", \"Microsoft YaHei\", \"PingFang SC\", sans-serif";

    private ChartRenderer() {
    }

    public static byte[] render(JFreeChart chart, ChartFormat format, int width, int height) {
        return switch (format) {
            case PNG -> png(chart, width, height);
            case SVG -> svg(chart, width, height).getBytes(StandardCharsets.UTF_8);
        };
    }

    static byte[] png(JFreeChart chart, int width, int height) {
        try {
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            ChartUtils.writeChartAsPNG(out, chart, width, height);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static String svg(JFreeChart chart, int width, int height) {
        SVGGraphics2D g2 = new SVGGraphics2D(width, height);
        // the default prefix is time-based; a fixed one keeps the document deterministic
        g2.setDefsKeyPrefix("lzp");
        StandardFontFunction fonts = new StandardFontFunction();
        fonts.put(CjkFont.FAMILY, SVG_FONT_FAMILIES);
        g2.setFontFunction(fonts);
        chart.draw(g2, new Rectangle(width, height));
        return g2.getSVGDocument();
    }
}
