package com.lzp.survey.analysis;

import com.lzp.survey.analysis.Reliability.ItemReliability;
import com.lzp.survey.questionnaire.Dimension;
import com.lzp.survey.questionnaire.Question;
import com.lzp.survey.questionnaire.QuestionnaireDefinition;
import com.lzp.survey.questionnaire.Scale;
import java.util.ArrayList;
import java.util.List;
import tech.tablesaw.api.IntColumn;
import tech.tablesaw.api.Table;
import tech.tablesaw.selection.Selection;

/**
 * Cronbach's α per dimension, computed from the item covariance matrix of complete cases, reverse-keyed items
 * reversed.
 */
public final class ReliabilityAnalysis {

    private ReliabilityAnalysis() {}

    public static List<Reliability> of(QuestionnaireDefinition definition, Table responses) {
        return definition.dimensions().stream()
                .map(d -> of(definition, d, responses))
                .toList();
    }

    static Reliability of(QuestionnaireDefinition definition, Dimension dimension, Table responses) {
        List<Question> questions = definition.itemsOf(dimension.code());
        List<String> items = questions.stream().map(Question::code).toList();
        Table itemColumns = responses.selectColumns(items.toArray(String[]::new));
        Selection complete = Selection.withRange(0, responses.rowCount());
        for (String item : items) {
            complete.and(itemColumns.intColumn(item).isNotMissing());
        }
        Table cases = itemColumns.where(complete);
        int k = items.size();
        int n = cases.rowCount();
        if (k < 2 || n < 2) {
            return new Reliability(
                    dimension.code(),
                    dimension.name(),
                    k,
                    n,
                    null,
                    null,
                    null,
                    items.stream().map(i -> new ItemReliability(i, null, null)).toList());
        }
        double[][] cov = covariance(scored(definition.scale(), questions, cases));
        List<ItemReliability> itemStatistics = new ArrayList<>();
        for (int i = 0; i < k; i++) {
            itemStatistics.add(new ItemReliability(items.get(i), correctedItemTotal(cov, i), alpha(without(cov, i))));
        }
        return new Reliability(
                dimension.code(),
                dimension.name(),
                k,
                n,
                alpha(cov),
                standardizedAlpha(cov),
                averageCorrelation(cov),
                itemStatistics);
    }

    /** The items' answers on complete cases as they are scored: reverse-keyed items reversed. */
    private static int[][] scored(Scale scale, List<Question> questions, Table cases) {
        int[][] values = new int[questions.size()][cases.rowCount()];
        for (int j = 0; j < questions.size(); j++) {
            IntColumn column = cases.intColumn(questions.get(j).code());
            for (int r = 0; r < values[j].length; r++) {
                values[j][r] = questions.get(j).scored(scale, column.getInt(r));
            }
        }
        return values;
    }

    /** Sample covariance matrix (n − 1), two-pass for accuracy. */
    static double[][] covariance(int[][] columns) {
        int k = columns.length;
        int n = columns[0].length;
        double[][] centred = new double[k][n];
        for (int j = 0; j < k; j++) {
            long sum = 0;
            for (int value : columns[j]) {
                sum += value;
            }
            double mean = (double) sum / n;
            for (int r = 0; r < n; r++) {
                centred[j][r] = columns[j][r] - mean;
            }
        }
        double[][] cov = new double[k][k];
        for (int a = 0; a < k; a++) {
            for (int b = a; b < k; b++) {
                double sum = 0;
                for (int r = 0; r < n; r++) {
                    sum += centred[a][r] * centred[b][r];
                }
                cov[a][b] = sum / (n - 1);
                cov[b][a] = cov[a][b];
            }
        }
        return cov;
    }

    /** α = k/(k−1) · (1 − Σ var_i / var(total)). */
    static Double alpha(double[][] cov) {
        int k = cov.length;
        if (k < 2) {
            return null;
        }
        double trace = 0;
        double total = 0;
        for (int a = 0; a < k; a++) {
            trace += cov[a][a];
            for (int b = 0; b < k; b++) {
                total += cov[a][b];
            }
        }
        return total == 0 ? null : (double) k / (k - 1) * (1 - trace / total);
    }

    static Double standardizedAlpha(double[][] cov) {
        double[][] r = correlation(cov);
        return r == null ? null : alpha(r);
    }

    static Double averageCorrelation(double[][] cov) {
        double[][] r = correlation(cov);
        if (r == null) {
            return null;
        }
        int k = r.length;
        double sum = 0;
        for (int a = 0; a < k; a++) {
            for (int b = a + 1; b < k; b++) {
                sum += r[a][b];
            }
        }
        return sum / (k * (k - 1) / 2.0);
    }

    /** Correlation of item i with the sum of the others, from the covariance matrix. */
    static Double correctedItemTotal(double[][] cov, int i) {
        int k = cov.length;
        double covWithRest = 0;
        double restVariance = 0;
        for (int a = 0; a < k; a++) {
            if (a == i) {
                continue;
            }
            covWithRest += cov[i][a];
            for (int b = 0; b < k; b++) {
                if (b != i) {
                    restVariance += cov[a][b];
                }
            }
        }
        double denominator = Math.sqrt(cov[i][i] * restVariance);
        return denominator == 0 ? null : covWithRest / denominator;
    }

    private static double[][] correlation(double[][] cov) {
        int k = cov.length;
        double[][] r = new double[k][k];
        for (int a = 0; a < k; a++) {
            for (int b = 0; b < k; b++) {
                double denominator = Math.sqrt(cov[a][a] * cov[b][b]);
                if (denominator == 0) {
                    return null;
                }
                r[a][b] = cov[a][b] / denominator;
            }
        }
        return r;
    }

    private static double[][] without(double[][] cov, int dropped) {
        int k = cov.length;
        double[][] smaller = new double[k - 1][k - 1];
        for (int a = 0, i = 0; a < k; a++) {
            if (a == dropped) {
                continue;
            }
            for (int b = 0, j = 0; b < k; b++) {
                if (b != dropped) {
                    smaller[i][j++] = cov[a][b];
                }
            }
            i++;
        }
        return smaller;
    }
}
