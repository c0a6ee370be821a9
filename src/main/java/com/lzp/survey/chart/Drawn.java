package com.lzp.survey.chart;

import java.util.List;
import org.jfree.chart.JFreeChart;

/**
 * A chart and every text drawn on it, so that a test can check the bundled font displays them all.
 *
 * @param height the height it reads best at for the default width (long lists grow taller)
 */
public record Drawn(JFreeChart chart, List<String> texts, int height) {

    public Drawn {
        texts = List.copyOf(texts);
    }
}
