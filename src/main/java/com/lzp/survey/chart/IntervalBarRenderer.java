package com.lzp.survey.chart;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.geom.Line2D;
import java.awt.geom.Rectangle2D;
import java.util.HashMap;
import java.util.Map;
import org.jfree.chart.axis.CategoryAxis;
import org.jfree.chart.axis.ValueAxis;
import org.jfree.chart.plot.CategoryPlot;
import org.jfree.chart.renderer.category.BarRenderer;
import org.jfree.chart.renderer.category.CategoryItemRendererState;
import org.jfree.data.category.CategoryDataset;

/** Bars with a whisker for each bar's confidence interval (asymmetric, so not the symmetric error bars JFreeChart has). */
final class IntervalBarRenderer extends BarRenderer {

    private static final long serialVersionUID = 1L;

    private final Map<String, double[]> intervals = new HashMap<>();

    void setInterval(Comparable<?> row, Comparable<?> column, Double lower, Double upper) {
        if (lower != null && upper != null) {
            intervals.put(row + "\u0000" + column, new double[] {lower, upper});
        }
    }

    @Override
    public void drawItem(
            Graphics2D g2,
            CategoryItemRendererState state,
            Rectangle2D dataArea,
            CategoryPlot plot,
            CategoryAxis domainAxis,
            ValueAxis rangeAxis,
            CategoryDataset dataset,
            int row,
            int column,
            int pass) {
        super.drawItem(g2, state, dataArea, plot, domainAxis, rangeAxis, dataset, row, column, pass);
        double[] interval = intervals.get(dataset.getRowKey(row) + "\u0000" + dataset.getColumnKey(column));
        if (interval == null || pass != 0) {
            return;
        }
        double x = domainAxis.getCategorySeriesMiddle(
                column,
                dataset.getColumnCount(),
                row,
                dataset.getRowCount(),
                getItemMargin(),
                dataArea,
                plot.getDomainAxisEdge());
        double low = rangeAxis.valueToJava2D(interval[0], dataArea, plot.getRangeAxisEdge());
        double high = rangeAxis.valueToJava2D(interval[1], dataArea, plot.getRangeAxisEdge());
        double cap = Math.max(3, state.getBarWidth() / 4);
        g2.setPaint(Color.BLACK);
        g2.setStroke(new BasicStroke(1.2f));
        g2.draw(new Line2D.Double(x, low, x, high));
        g2.draw(new Line2D.Double(x - cap, low, x + cap, low));
        g2.draw(new Line2D.Double(x - cap, high, x + cap, high));
    }
}
