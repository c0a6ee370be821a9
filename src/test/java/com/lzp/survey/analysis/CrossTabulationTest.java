package com.lzp.survey.analysis;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import com.lzp.survey.analysis.CrossTab.ChiSquareTest;
import java.util.Collections;
import java.util.List;
import org.junit.jupiter.api.Test;
import tech.tablesaw.api.StringColumn;

class CrossTabulationTest {

    static final GroupingVariable TENURE = new GroupingVariable(
            "tenure",
            "党务工作年限",
            List.of(new Category("LT1", "不满1年"), new Category("Y1_3", "1—3年"), new Category("GT10", "10年以上")));
    static final List<Category> CAUSES =
            List.of(new Category("C1", "认识"), new Category("C2", "能力"), new Category("C3", "机制"));

    static StringColumn repeat(String name, Object... valueAndCount) {
        StringColumn column = StringColumn.create(name);
        for (int i = 0; i < valueAndCount.length; i += 2) {
            Collections.nCopies((Integer) valueAndCount[i + 1], (String) valueAndCount[i])
                    .forEach(column::append);
        }
        return column;
    }

    @Test
    void shouldComputePearsonsChiSquareWithoutContinuityCorrection() {
        // R: chisq.test(matrix(c(10, 30, 20, 40), 2), correct = FALSE): X-squared = 0.79365, df = 1, p = 0.373
        ChiSquareTest test = CrossTabulation.chiSquare(new int[][] {{10, 20}, {30, 40}});

        assertThat(test.chiSquare()).isCloseTo(0.7936507936507936, within(1e-12));
        assertThat(test.df()).isEqualTo(1);
        assertThat(test.p()).isCloseTo(0.372998483613487, within(1e-12));
        assertThat(test.cramersV()).isCloseTo(Math.sqrt(0.7936507936507936 / 100), within(1e-12));
        assertThat(test.cellsBelowFive()).isZero();
    }

    @Test
    void shouldKeepQuestionnaireOrderWhereTablesawSortsAsStrings() {
        StringColumn rows = repeat("tenure", "Y1_3", 6, "GT10", 7, "LT1", 5);
        StringColumn columns = repeat("main_cause", "C3", 8, "C1", 6, "C2", 4);

        CrossTab tab = CrossTabulation.tabulate(TENURE, rows, "main_cause", "主要原因", CAUSES, columns, 5);

        assertThat(tab.rows()).extracting(CrossTab.Row::code).containsExactly("LT1", "Y1_3", "GT10");
        assertThat(tab.rows()).extracting(CrossTab.Row::total).containsExactly(5, 6, 7);
        assertThat(tab.columnTotals()).containsExactly(6, 4, 8);
        // pairs by position: Y1_3 with C3 ×6; GT10 with C3 ×2 and C1 ×5; LT1 with C1 ×1 and C2 ×4
        assertThat(tab.rows().get(0).counts()).containsExactly(1, 4, 0);
        assertThat(tab.rows().get(1).counts()).containsExactly(0, 0, 6);
        assertThat(tab.rows().get(2).counts()).containsExactly(5, 0, 2);
        assertThat(tab.rows().get(0).rowPercents().get(1)).isCloseTo(80.0, within(1e-12));
    }

    @Test
    void shouldHideTheCountsOfASmallGroupButStillTestOverEveryone() {
        StringColumn rows = repeat("tenure", "LT1", 3, "Y1_3", 10, "GT10", 10);
        StringColumn columns = repeat("main_cause", "C1", 3, "C1", 5, "C2", 5, "C3", 10);

        CrossTab tab = CrossTabulation.tabulate(TENURE, rows, "main_cause", "主要原因", CAUSES, columns, 5);

        CrossTab.Row small = tab.rows().get(0);
        assertThat(small.suppressed()).isTrue();
        assertThat(small.total()).isEqualTo(3);
        assertThat(small.counts()).containsOnlyNulls();
        assertThat(tab.n()).isEqualTo(23);
        assertThat(tab.test().df()).isEqualTo(4);
        assertThat(tab.test().cellsBelowFive()).isPositive();
        assertThat(tab.test().minimumExpected()).isLessThan(5);
    }

    @Test
    void shouldLeaveOutRespondentsWhoAnsweredOnlyOneOfTheTwo() {
        StringColumn rows = repeat("tenure", "LT1", 6, "GT10", 6);
        StringColumn columns = repeat("main_cause", "C1", 10);
        columns.appendMissing();
        columns.appendMissing();

        CrossTab tab = CrossTabulation.tabulate(TENURE, rows, "main_cause", "主要原因", CAUSES, columns, 5);

        assertThat(tab.n()).isEqualTo(10);
        assertThat(tab.test()).as("one column only: no test").isNull();
    }
}
