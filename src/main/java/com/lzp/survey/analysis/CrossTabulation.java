package com.lzp.survey.analysis;

import com.lzp.survey.analysis.CrossTab.ChiSquareTest;
import com.lzp.survey.questionnaire.Dimension;
import com.lzp.survey.questionnaire.Question;
import com.lzp.survey.questionnaire.QuestionnaireDefinition;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.hipparchus.special.Gamma;
import tech.tablesaw.api.DoubleColumn;
import tech.tablesaw.api.StringColumn;
import tech.tablesaw.api.Table;

/** Cross-tabs of a grouping variable against whether a dimension applies, or against another single choice. */
public final class CrossTabulation {

    static final List<Category> APPLIES_CATEGORIES = List.of(new Category("YES", "存在"), new Category("NO", "不存在"));

    private CrossTabulation() {}

    /** Rows: the grouping variable; columns: whether the dimension applies (score ≥ applies point) or not. */
    public static CrossTab byDimension(
            QuestionnaireDefinition definition,
            Table scored,
            GroupingVariable rows,
            Dimension dimension,
            int suppressionThreshold) {
        return byDimension(
                definition,
                scored,
                rows,
                CategoryIndex.of(scored.stringColumn(rows.column()), rows.categories()),
                dimension,
                suppressionThreshold);
    }

    static CrossTab byDimension(
            QuestionnaireDefinition definition,
            Table scored,
            GroupingVariable rows,
            int[] rowIndex,
            Dimension dimension,
            int suppressionThreshold) {
        DoubleColumn score = DimensionScores.of(definition, dimension, scored);
        int[] applies = new int[score.size()];
        for (int r = 0; r < applies.length; r++) {
            applies[r] = score.isMissing(r)
                    ? -1
                    : score.getDouble(r) >= definition.scale().appliesFrom() ? 0 : 1;
        }
        return tabulate(
                rows,
                rowIndex,
                dimension.code(),
                dimension.name() + "（均分≥" + definition.scale().appliesFrom() + "）",
                APPLIES_CATEGORIES,
                applies,
                suppressionThreshold);
    }

    /** Rows: the grouping variable; columns: the options of a single-choice question (e.g. the main cause). */
    public static CrossTab byChoice(Table responses, GroupingVariable rows, Question choice, int suppressionThreshold) {
        return byChoice(
                responses,
                rows,
                CategoryIndex.of(responses.stringColumn(rows.column()), rows.categories()),
                choice,
                suppressionThreshold);
    }

    static CrossTab byChoice(
            Table responses, GroupingVariable rows, int[] rowIndex, Question choice, int suppressionThreshold) {
        List<Category> columns = choice.options().stream()
                .map(o -> new Category(o.code(), o.label()))
                .toList();
        return tabulate(
                rows,
                rowIndex,
                choice.code(),
                choice.name(),
                columns,
                CategoryIndex.of(responses.stringColumn(choice.code()), columns),
                suppressionThreshold);
    }

    static CrossTab tabulate(
            GroupingVariable rowVariable,
            StringColumn rowValues,
            String columnVariable,
            String columnName,
            List<Category> columns,
            StringColumn columnValues,
            int suppressionThreshold) {
        return tabulate(
                rowVariable,
                CategoryIndex.of(rowValues, rowVariable.categories()),
                columnVariable,
                columnName,
                columns,
                CategoryIndex.of(columnValues, columns),
                suppressionThreshold);
    }

    /** Counts respondents with both a row and a column category; rows and columns in questionnaire order. */
    static CrossTab tabulate(
            GroupingVariable rowVariable,
            int[] rowIndex,
            String columnVariable,
            String columnName,
            List<Category> columns,
            int[] columnIndex,
            int suppressionThreshold) {
        int[][] counts = new int[rowVariable.categories().size()][columns.size()];
        for (int r = 0; r < rowIndex.length; r++) {
            if (rowIndex[r] >= 0 && columnIndex[r] >= 0) {
                counts[rowIndex[r]][columnIndex[r]]++;
            }
        }
        int n = 0;
        int[] columnTotals = new int[columns.size()];
        List<CrossTab.Row> rows = new ArrayList<>();
        for (int r = 0; r < counts.length; r++) {
            int total = 0;
            for (int c = 0; c < columns.size(); c++) {
                total += counts[r][c];
                columnTotals[c] += counts[r][c];
            }
            n += total;
            Category category = rowVariable.categories().get(r);
            boolean suppressed = total < suppressionThreshold;
            List<Integer> rowCounts = new ArrayList<>();
            List<Double> percents = new ArrayList<>();
            for (int c = 0; c < columns.size(); c++) {
                rowCounts.add(suppressed ? null : counts[r][c]);
                percents.add(suppressed ? null : Percent.of(counts[r][c], total));
            }
            rows.add(new CrossTab.Row(category.code(), category.label(), total, suppressed, rowCounts, percents));
        }
        ChiSquareTest test = chiSquare(counts);
        return new CrossTab(
                rowVariable.column(),
                rowVariable.name(),
                columnVariable,
                columnName,
                columns,
                rows,
                Arrays.stream(columnTotals).boxed().toList(),
                n,
                test);
    }

    /**
     * Adjusted standardized residuals of one row, (o − e) / √(e (1 − row total / n) (1 − column total / n)), over
     * the rows and columns with respondents (R {@code chisq.test(x, correct = FALSE)$stdres}); {@code null} for a
     * column nobody chose, and every entry {@code null} when the row itself is empty.
     */
    static List<Double> adjustedResiduals(int[][] counts, int row) {
        long n = 0;
        long[] rowTotals = new long[counts.length];
        long[] columnTotals = new long[counts[0].length];
        for (int r = 0; r < counts.length; r++) {
            for (int c = 0; c < counts[r].length; c++) {
                rowTotals[r] += counts[r][c];
                columnTotals[c] += counts[r][c];
                n += counts[r][c];
            }
        }
        List<Double> residuals = new ArrayList<>();
        for (int c = 0; c < columnTotals.length; c++) {
            if (rowTotals[row] == 0 || columnTotals[c] == 0 || rowTotals[row] == n || columnTotals[c] == n) {
                residuals.add(null);
                continue;
            }
            double expected = (double) rowTotals[row] * columnTotals[c] / n;
            double variance = expected * (1 - (double) rowTotals[row] / n) * (1 - (double) columnTotals[c] / n);
            residuals.add((counts[row][c] - expected) / Math.sqrt(variance));
        }
        return residuals;
    }

    /**
     * Pearson's χ² without continuity correction (R {@code chisq.test(x, correct = FALSE)}) over the rows and
     * columns with respondents; Cramér's V = √(χ² / (n · (min(r, c) − 1))).
     */
    static ChiSquareTest chiSquare(int[][] counts) {
        List<Integer> rows = new ArrayList<>();
        List<Integer> columns = new ArrayList<>();
        long n = 0;
        for (int r = 0; r < counts.length; r++) {
            long total = 0;
            for (int c = 0; c < counts[r].length; c++) {
                total += counts[r][c];
            }
            if (total > 0) {
                rows.add(r);
            }
            n += total;
        }
        for (int c = 0; counts.length > 0 && c < counts[0].length; c++) {
            long total = 0;
            for (int[] row : counts) {
                total += row[c];
            }
            if (total > 0) {
                columns.add(c);
            }
        }
        if (rows.size() < 2 || columns.size() < 2) {
            return null;
        }
        double[] rowTotals = new double[rows.size()];
        double[] columnTotals = new double[columns.size()];
        for (int i = 0; i < rows.size(); i++) {
            for (int j = 0; j < columns.size(); j++) {
                rowTotals[i] += counts[rows.get(i)][columns.get(j)];
                columnTotals[j] += counts[rows.get(i)][columns.get(j)];
            }
        }
        double chiSquare = 0;
        int belowFive = 0;
        double minimumExpected = Double.MAX_VALUE;
        for (int i = 0; i < rows.size(); i++) {
            for (int j = 0; j < columns.size(); j++) {
                double expected = rowTotals[i] * columnTotals[j] / n;
                double difference = counts[rows.get(i)][columns.get(j)] - expected;
                chiSquare += difference * difference / expected;
                minimumExpected = Math.min(minimumExpected, expected);
                if (expected < 5) {
                    belowFive++;
                }
            }
        }
        int df = (rows.size() - 1) * (columns.size() - 1);
        double p = Gamma.regularizedGammaQ(df / 2.0, chiSquare / 2.0);
        double cramersV = Math.sqrt(chiSquare / (n * (Math.min(rows.size(), columns.size()) - 1)));
        return new ChiSquareTest(chiSquare, df, p, cramersV, belowFive, minimumExpected);
    }
}
