package com.lzp.survey.chart;

import java.awt.Graphics2D;
import java.awt.Rectangle;
import java.awt.RenderingHints;
import java.awt.geom.Rectangle2D;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
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

    private ChartRenderer() {}

    /** Screen resolution: at 96 dpi a chart is drawn one point to one pixel. */
    public static final int SCREEN_DPI = 96;

    public static byte[] render(JFreeChart chart, ChartFormat format, int width, int height) {
        return render(chart, format, width, height, SCREEN_DPI);
    }

    /**
     * @param width width in pixels (PNG) or points (SVG)
     * @param dpi for PNG: the resolution it is meant to print at; the chart is laid out for width × 96 / dpi points
     *        and scaled up, so text keeps its printed size, and the PNG records the resolution
     */
    public static byte[] render(JFreeChart chart, ChartFormat format, int width, int height, int dpi) {
        return switch (format) {
            case PNG -> png(chart, width, height, dpi);
            case SVG -> svg(chart, width, height).getBytes(StandardCharsets.UTF_8);
        };
    }

    static byte[] png(JFreeChart chart, int width, int height, int dpi) {
        double scale = (double) dpi / SCREEN_DPI;
        BufferedImage image = new BufferedImage(width, height, BufferedImage.TYPE_INT_RGB);
        Graphics2D g2 = image.createGraphics();
        g2.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
        g2.setRenderingHint(RenderingHints.KEY_TEXT_ANTIALIASING, RenderingHints.VALUE_TEXT_ANTIALIAS_ON);
        g2.scale(scale, scale);
        chart.draw(g2, new Rectangle2D.Double(0, 0, width / scale, height / scale));
        g2.dispose();
        try {
            return PngWithResolution.write(image, dpi);
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
