package com.lzp.survey.chart;

import java.awt.Paint;
import java.util.List;
import org.jfree.chart.JFreeChart;

/**
 * A chart and every text drawn on it, so that a test can check the bundled font displays them all.
 *
 * @param height the height it reads best at for the default width (long lists grow taller)
 * @param fills the fills a reader must tell apart (one per series or group, in legend order); each prints as a
 *        different grey. Empty where colour only repeats what is printed (a heat map with its values in the cells)
 */
public record Drawn(JFreeChart chart, List<String> texts, int height, List<Paint> fills) {

    public Drawn {
        texts = List.copyOf(texts);
        fills = List.copyOf(fills);
    }

    /** The chart's title, for a caption. */
    public String title() {
        return chart.getTitle() == null ? "" : chart.getTitle().getText();
    }
}
