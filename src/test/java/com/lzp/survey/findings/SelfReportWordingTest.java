package com.lzp.survey.findings;

import static org.assertj.core.api.Assertions.assertThat;

import com.lzp.survey.analysis.Category;
import com.lzp.survey.analysis.CauseAttribution;
import com.lzp.survey.analysis.CrossTab;
import com.lzp.survey.analysis.MainCauseShares.ProblemView;
import com.lzp.survey.questionnaire.Question;
import com.lzp.survey.testing.Definitions;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The wording rule for the self-reported cause, like with like: a disagreement only when those with the problem
 * name another cause significantly more often and the measured association is clear; a flat split is "no clear
 * self-reported cause".
 */
class SelfReportWordingTest {

    static final Question MAIN_CAUSE =
            Definitions.builtIn().question("main_cause").orElseThrow();

    static ProblemView view(double p, Double... residuals) {
        List<Category> columns =
                List.of(new Category("C1", "思想认识不到位"), new Category("C2", "能力素质有欠缺"), new Category("C3", "制度机制不健全"));
        CrossTab tab = new CrossTab(
                "applies.P1",
                "热情不高",
                "main_cause",
                "主要原因",
                columns,
                List.of(
                        new CrossTab.Row("YES", "存在", 150, false, List.of(70, 40, 40), List.of(46.7, 26.7, 26.7)),
                        new CrossTab.Row("NO", "不存在", 400, false, List.of(120, 140, 140), List.of(30.0, 35.0, 35.0))),
                List.of(190, 180, 180),
                550,
                new CrossTab.ChiSquareTest(13.5, 2, p, 0.16, 0, 49.0));
        return new ProblemView("P1", "热情不高", "C1", tab, Arrays.asList(residuals));
    }

    static CauseAttribution measured(String strongest, Double leadLower) {
        return new CauseAttribution(
                "P1",
                "热情不高",
                550,
                0.3,
                0.29,
                List.of(),
                strongest,
                "C3",
                leadLower,
                leadLower == null ? null : leadLower + 30,
                1000,
                1,
                0.95);
    }

    @Test
    void shouldFindNoClearSelfReportedCauseWhenTheSplitIsNotSignificant() {
        var judgement = SelfReportWording.judge(view(0.23, 1.5, -0.8, -0.7), measured("C1", 20.0), MAIN_CAUSE);

        assertThat(judgement.verdict()).isEqualTo(SelfReportWording.Verdict.NO_CLEAR_CAUSE);
        assertThat(SelfReportWording.sentence(judgement, view(0.23), "党务干部", "思想认识不到位", ""))
                .hasValueSatisfying(s -> assertThat(s).contains("自评未指向明确的原因").doesNotContain("不一致"));
    }

    @Test
    void shouldAgreeWhenThoseWithTheProblemNameTheMeasuredCause() {
        var judgement = SelfReportWording.judge(view(0.001, 3.6, -1.9, -1.9), measured("C1", 20.0), MAIN_CAUSE);

        assertThat(judgement.verdict()).isEqualTo(SelfReportWording.Verdict.AGREES);
        assertThat(SelfReportWording.sentence(judgement, view(0.001, 3.6, -1.9, -1.9), "党务干部", "思想认识不到位", "思想认识不到位"))
                .hasValue("认为存在热情不高问题的党务干部选择思想认识不到位的比例为46.7%，明显高于其他党务干部（30.0%），与关联分析的结果一致");
    }

    @Test
    void shouldDisagreeOnlyWhenBothSidesAreClear() {
        ProblemView namesTheFirst = view(0.001, 3.6, -1.9, -1.9);

        assertThat(SelfReportWording.judge(namesTheFirst, measured("C3", 20.0), MAIN_CAUSE)
                        .verdict())
                .isEqualTo(SelfReportWording.Verdict.DIFFERS);
        assertThat(SelfReportWording.judge(namesTheFirst, measured("C3", -5.0), MAIN_CAUSE)
                        .verdict())
                .as("the measured strongest cause is not clearly ahead of the runner-up")
                .isEqualTo(SelfReportWording.Verdict.NAMED_ONLY);
    }

    @Test
    void shouldNotNameAnOptionWhoseResidualIsNotSignificant() {
        assertThat(SelfReportWording.judge(view(0.04, 1.8, -0.9, -0.9), measured("C1", 20.0), MAIN_CAUSE)
                        .verdict())
                .isEqualTo(SelfReportWording.Verdict.NO_CLEAR_CAUSE);
    }

    @Test
    void shouldSayNothingWhenAGroupIsSuppressed() {
        ProblemView suppressed = new ProblemView("P1", "热情不高", "C1", view(0.001).byApplies(), null);

        assertThat(SelfReportWording.judge(suppressed, measured("C1", 20.0), MAIN_CAUSE)
                        .verdict())
                .isEqualTo(SelfReportWording.Verdict.NOT_SHOWN);
    }
}
