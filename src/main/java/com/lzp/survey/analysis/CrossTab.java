package com.lzp.survey.analysis;

import java.util.List;

/**
 * Counts of respondents by a grouping variable (rows) and a second variable (columns), in questionnaire order,
 * over the {@code n} respondents who answered both. A row whose total is below the suppression threshold shows no
 * counts ({@code suppressed}); the test still uses every respondent.
 *
 * @param test Pearson's χ² without continuity correction over the rows and columns that have respondents;
 *        {@code null} when fewer than two rows or columns have any; its {@code cellsBelowFive} and
 *        {@code minimumExpected} say when the approximation is doubtful
 */
public record CrossTab(
        String rowVariable,
        String rowName,
        String columnVariable,
        String columnName,
        List<Category> columns,
        List<Row> rows,
        List<Integer> columnTotals,
        int n,
        ChiSquareTest test) {

    /**
     * @param rowPercents each count as a share of the row total, in percent
     */
    public record Row(
            String code, String label, int total, boolean suppressed, List<Integer> counts, List<Double> rowPercents) {}

    /**
     * @param cellsBelowFive cells whose expected count is below 5
     * @param minimumExpected the smallest expected count
     */
    public record ChiSquareTest(
            double chiSquare, int df, double p, double cramersV, int cellsBelowFive, double minimumExpected) {}
}
