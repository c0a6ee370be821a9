package com.lzp.survey.analysis;

import com.lzp.survey.analysis.CrossTab.ChiSquareTest;
import com.lzp.survey.questionnaire.Dimension;
import com.lzp.survey.questionnaire.Question;
import com.lzp.survey.questionnaire.QuestionnaireDefinition;
import java.util.ArrayList;
import java.util.List;
import org.hipparchus.special.Gamma;
import tech.tablesaw.api.DoubleColumn;
import tech.tablesaw.api.StringColumn;
import tech.tablesaw.api.Table;

/** Cross-tabs of a grouping variable against whether a dimension applies, or against another single choice. */
public final class CrossTabulation {

    static final String APPLIES = "YES";
    static final String DOES_NOT_APPLY = "NO";
    static final List<Category> APPLIES_CATEGORIES = List.of(new Category(APPLIES, "存在"),
            new Category(DOES_NOT_APPLY, "不存在"));

    private CrossTabulation() {
    }

    /** Rows: the grouping variable; columns: whether the dimension applies (score ≥ applies point) or not. */
    public static CrossTab byDimension(QuestionnaireDefinition definition, Table scored, GroupingVariable rows,
            Dimension dimension, int suppressionThreshold) {
        DoubleColumn score = scored.doubleColumn(DimensionScores.column(dimension.code()));
        StringColumn applies = StringColumn.create("applies");
        for (int r = 0; r < score.size(); r++) {
            if (score.isMissing(r)) {
                applies.appendMissing();
            } else {
                applies.append(score.getDouble(r) >= definition.scale().appliesFrom() ? APPLIES : DOES_NOT_APPLY);
            }
        }
        return tabulate(rows, scored.stringColumn(rows.column()), dimension.code(),
                dimension.name() + "（均分≥" + definition.scale().appliesFrom() + "）", APPLIES_CATEGORIES, applies,
                suppressionThreshold);
    }

    /** Rows: the grouping variable; columns: the options of a single-choice question (e.g. the main cause). */
    public static CrossTab byChoice(Table responses, GroupingVariable rows, Question choice, int suppressionThreshold) {
        return tabulate(rows, responses.stringColumn(rows.column()), choice.code(), choice.name(),
                choice.options().stream().map(o -> new Category(o.code(), o.label())).toList(),
                responses.stringColumn(choice.code()), suppressionThreshold);
    }

    static CrossTab tabulate(GroupingVariable rowVariable, StringColumn rowValues, String columnVariable,
            String columnName, List<Category> columns, StringColumn columnValues, int suppressionThreshold) {
        Table pairs = Table.create("pairs", rowValues.copy().setName("row"), columnValues.copy().setName("column"));
        pairs = pairs.dropWhere(pairs.stringColumn("row").isMissing().or(pairs.stringColumn("column").isMissing()));
        int[][] counts = new int[rowVariable.categories().size()][columns.size()];
        if (pairs.rowCount() > 0) {
            // Tablesaw sorts categories as strings and adds a label column and totals: read it by name
            Table xtab = pairs.xTabCounts("row", "column");
            StringColumn labels = xtab.stringColumn(0);
            for (int r = 0; r < xtab.rowCount(); r++) {
                int row = indexOf(rowVariable.categories(), labels.get(r));
                for (int c = 0; c < columns.size() && row >= 0; c++) {
                    String name = columns.get(c).code();
                    if (xtab.columnNames().contains(name)) {
                        counts[row][c] = ((Number) xtab.column(name).get(r)).intValue();
                    }
                }
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
        List<String> warnings = new ArrayList<>();
        if (test != null && test.cellsBelowFive() > 0) {
            warnings.add(test.cellsBelowFive() + " 个单元格的期望频数小于 5（最小为 "
                    + String.format("%.2f", test.minimumExpected()) + "），χ² 检验结果仅供参考。");
        }
        if (rows.stream().anyMatch(CrossTab.Row::suppressed)) {
            warnings.add("人数少于 " + suppressionThreshold + " 的组已隐去具体数字。");
        }
        return new CrossTab(rowVariable.column(), rowVariable.name(), columnVariable, columnName, columns, rows,
                java.util.Arrays.stream(columnTotals).boxed().toList(), n, test, warnings);
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

    private static int indexOf(List<Category> categories, String code) {
        for (int i = 0; i < categories.size(); i++) {
            if (categories.get(i).code().equals(code)) {
                return i;
            }
        }
        return -1;
    }
}
