package com.lzp.survey.analysis;

import com.lzp.survey.questionnaire.Dimension;
import java.util.ArrayList;
import java.util.List;
import org.hipparchus.stat.correlation.SpearmansCorrelation;
import tech.tablesaw.api.DoubleColumn;
import tech.tablesaw.api.Table;
import tech.tablesaw.selection.Selection;

/** Pairwise-complete Spearman correlations of dimension scores. */
public final class SpearmanCorrelations {

    private SpearmanCorrelations() {
    }

    public static Correlations of(Table scored, List<Dimension> dimensions) {
        int k = dimensions.size();
        List<List<Double>> rho = new ArrayList<>();
        List<List<Integer>> counts = new ArrayList<>();
        for (int a = 0; a < k; a++) {
            List<Double> rhoRow = new ArrayList<>();
            List<Integer> countRow = new ArrayList<>();
            DoubleColumn x = scored.doubleColumn(DimensionScores.column(dimensions.get(a).code()));
            for (int b = 0; b < k; b++) {
                DoubleColumn y = scored.doubleColumn(DimensionScores.column(dimensions.get(b).code()));
                Selection both = x.isNotMissing().and(y.isNotMissing());
                double[] xs = x.where(both).asDoubleArray();
                double[] ys = y.where(both).asDoubleArray();
                countRow.add(xs.length);
                rhoRow.add(rho(xs, ys));
            }
            rho.add(rhoRow);
            counts.add(countRow);
        }
        return new Correlations(dimensions.stream().map(Dimension::code).toList(),
                dimensions.stream().map(Dimension::name).toList(), rho, counts);
    }

    private static Double rho(double[] x, double[] y) {
        if (x.length < 3) {
            return null;
        }
        double value = new SpearmansCorrelation().correlation(x, y);
        return Double.isNaN(value) ? null : value;
    }
}
