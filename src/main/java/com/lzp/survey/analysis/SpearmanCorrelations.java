package com.lzp.survey.analysis;

import com.lzp.survey.questionnaire.Dimension;
import java.util.Arrays;
import java.util.List;
import org.hipparchus.stat.correlation.PearsonsCorrelation;
import tech.tablesaw.api.DoubleColumn;
import tech.tablesaw.api.Table;
import tech.tablesaw.selection.Selection;

/** Pairwise-complete Spearman correlations of dimension scores: Pearson's r of average ranks. */
public final class SpearmanCorrelations {

    private SpearmanCorrelations() {}

    public static Correlations of(Table scored, List<Dimension> dimensions) {
        int k = dimensions.size();
        Double[][] rho = new Double[k][k];
        Integer[][] counts = new Integer[k][k];
        for (int a = 0; a < k; a++) {
            DoubleColumn x =
                    scored.doubleColumn(DimensionScores.column(dimensions.get(a).code()));
            for (int b = a; b < k; b++) {
                DoubleColumn y = scored.doubleColumn(
                        DimensionScores.column(dimensions.get(b).code()));
                Selection both = x.isNotMissing().and(y.isNotMissing());
                double[] xs = x.where(both).asDoubleArray();
                double[] ys = y.where(both).asDoubleArray();
                counts[a][b] = counts[b][a] = xs.length;
                rho[a][b] = rho[b][a] = rho(xs, ys);
            }
        }
        return new Correlations(
                dimensions.stream().map(Dimension::code).toList(),
                dimensions.stream().map(Dimension::name).toList(),
                Arrays.stream(rho).map(Arrays::asList).toList(),
                Arrays.stream(counts).map(Arrays::asList).toList());
    }

    private static Double rho(double[] x, double[] y) {
        if (x.length < 3) {
            return null;
        }
        double value = new PearsonsCorrelation().correlation(AverageRanks.of(x), AverageRanks.of(y));
        return Double.isNaN(value) ? null : value;
    }
}
