package com.lzp.survey.chart;

import java.awt.Font;
import java.awt.FontFormatException;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Arrays;
import java.util.Locale;

/**
 * The Chinese font charts are drawn with: WenQuanYi Micro Hei (文泉驿微米黑, Apache-2.0 or GPL-3+ with font
 * exception; licence beside the file), bundled in the application so that charts never depend on the fonts
 * installed on a server. It covers Latin letters and digits too, which a created font needs: it has no fallback.
 */
public final class CjkFont {

    public static final String FAMILY = "WenQuanYi Micro Hei";
    private static final String RESOURCE = "fonts/wqy-microhei.ttc";
    private static final Font BASE = load();

    private CjkFont() {}

    /** The font at a style and point size. */
    public static Font of(int style, float size) {
        return BASE.deriveFont(style, size);
    }

    private static Font load() {
        try (InputStream in = CjkFont.class.getClassLoader().getResourceAsStream(RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException("bundled font missing: " + RESOURCE);
            }
            // a .ttc holds several faces; createFont would return only the first
            return Arrays.stream(Font.createFonts(in))
                    .filter(f -> f.getFamily(Locale.ENGLISH).equals(FAMILY))
                    .findFirst()
                    .orElseThrow(() -> new IllegalStateException("no face " + FAMILY + " in " + RESOURCE));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (FontFormatException e) {
            throw new IllegalStateException("bundled font unreadable: " + RESOURCE, e);
        }
    }
}
