package com.lzp.survey.findings;

import static org.assertj.core.api.Assertions.assertThat;

import com.lzp.survey.analysis.CauseAttribution;
import com.lzp.survey.analysis.CrossTab;
import com.lzp.survey.analysis.DimensionSummary;
import com.lzp.survey.analysis.Reliability;
import com.lzp.survey.analysis.WaveAnalysis;
import com.lzp.survey.analysis.WaveSummary;
import com.lzp.survey.questionnaire.QuestionnaireDefinition;
import com.lzp.survey.testing.Definitions;
import com.lzp.survey.testing.DemoAnalysis;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

class FindingsWriterTest {

    static final QuestionnaireDefinition BUILT_IN = Definitions.builtIn();
    static WaveAnalysis demo;

    @BeforeAll
    static void analyseTheDemoWave() {
        demo = DemoAnalysis.of(300);
    }

    static FindingsReport write(WaveAnalysis analysis) {
        return FindingsWriter.write(BUILT_IN, analysis, "demo", "【演示数据】测试批次", true);
    }

    static String text(FindingsReport report) {
        return report.sections().stream()
                .flatMap(s -> s.paragraphs().stream())
                .map(Paragraph::plainText)
                .collect(Collectors.joining("\n"));
    }

    static String section(FindingsReport report, String heading) {
        return report.sections().stream()
                .filter(s -> s.heading().equals(heading))
                .findFirst()
                .orElseThrow()
                .paragraphs()
                .stream()
                .map(Paragraph::plainText)
                .collect(Collectors.joining("\n"));
    }

    @Test
    void shouldWriteTheStudysFivePartsInOrder() {
        assertThat(write(demo).sections())
                .extracting(ReportSection::heading)
                .containsExactly("一、调查概况", "二、工作成效", "三、存在问题", "四、原因剖析", "五、对策建议");
    }

    @Test
    void shouldStateTheNumbersOfTheAnalysis() {
        FindingsReport report = write(demo);
        WaveSummary summary = demo.summary();

        assertThat(section(report, "一、调查概况"))
                .contains("回收有效问卷565份")
                .contains("回收率" + Wording.percent(summary.responseRate()));
        for (DimensionSummary problem : summary.dimensions()) {
            if (problem.kind() == com.lzp.survey.questionnaire.DimensionKind.PROBLEM) {
                assertThat(section(report, "三、存在问题"))
                        .contains("「" + problem.name() + "」（" + Wording.percent(problem.appliesPercent()) + "）");
            }
        }
        for (CauseAttribution attribution : demo.attribution()) {
            CauseAttribution.CauseShare strongest = attribution.causes().stream()
                    .filter(c -> c.cause().equals(attribution.strongestCause()))
                    .findFirst()
                    .orElseThrow();
            assertThat(section(report, "四、原因剖析"))
                    .contains("「" + strongest.name() + "」的解释份额最大，占" + Wording.percent(strongest.sharePercent()));
        }
    }

    @Test
    void shouldMatchEachProblemWithTheCountermeasuresForItsStrongestCause() {
        String advice = section(write(demo), "五、对策建议");

        assertThat(advice).contains("针对「热情不高」主要源于「认识」").contains("「助推剂：提高思想认识」为重点");
        assertThat(advice).contains("针对「思路不清」主要源于「能力」").contains("「粘合剂：统筹融合推进」为重点");
        assertThat(advice).contains("针对「办法不多」主要源于「机制」").contains("「强化剂：健全制度机制」为重点");
    }

    @Test
    void shouldPointEveryReferenceAtATableOfTheAppendix() {
        FindingsReport report = write(demo);
        Set<Integer> numbers = report.tables().stream().map(ReportTable::number).collect(Collectors.toSet());

        assertThat(numbers).containsExactlyInAnyOrder(1, 2, 3, 4, 5, 6, 7, 8, 9, 10);
        report.sections().stream()
                .flatMap(s -> s.paragraphs().stream())
                .flatMap(p -> p.spans().stream())
                .filter(s -> s.table() != null)
                .forEach(s -> assertThat(numbers).contains(s.table()));
        assertThat(report.tables().get(6).rows()).hasSize(9);
    }

    @Test
    void shouldCallADifferenceSignificantOnlyWhenTheTestSaysSo() {
        FindingsReport significant = write(Crafted.roleTest(demo, "P1", 0.003, 61.0, 38.0));
        FindingsReport notSignificant = write(Crafted.roleTest(demo, "P1", 0.2, 51.0, 45.0));

        assertThat(section(significant, "三、存在问题"))
                .contains("其中专职党务干部认为存在该问题的比例明显更高")
                .contains("p<0.01");
        String plain = section(notSignificant, "三、存在问题");
        assertThat(plain).contains("差异不显著").contains("p=0.200");
        assertThat(plain.lines().filter(l -> l.contains("「热情不高」方面"))).noneMatch(l -> l.contains("明显"));
    }

    @Test
    void shouldNeverDescribeASuppressedGroup() {
        FindingsReport report = write(Crafted.suppressRole(demo, "PART"));

        assertThat(text(report)).doesNotContain("兼职党务干部");
        assertThat(report.tables().get(0).rows()).anyMatch(r -> r.contains("兼职党务干部") && r.contains("<5"));
    }

    @Test
    void shouldWarnWhenAScaleIsUnreliable() {
        FindingsReport report = write(Crafted.alpha(demo, "P2", 0.58));

        assertThat(section(report, "三、存在问题")).contains("「思路不清」各条目的内部一致性偏低（α=0.58）");
        assertThat(report.caveats()).anyMatch(c -> c.contains("α=0.58"));
    }

    @Test
    void shouldWarnWhenTheResponseRateIsLow() {
        FindingsReport report = write(Crafted.responseRate(demo, 55.0));

        assertThat(section(report, "一、调查概况")).contains("回收率不足七成（55.0%）");
    }

    @Test
    void shouldWarnWhenAnIntervalIsWide() {
        FindingsReport report = write(Crafted.interval(demo, "P3", 35.0, 95.0));

        assertThat(section(report, "四、原因剖析")).contains("「办法不多」的归因区间较宽（35.0%—95.0%），原因排序需谨慎对待");
    }

    @Test
    void shouldSayWhereTheMeasuredAndTheSelfReportedCausesDisagree() {
        String causes = section(write(demo), "四、原因剖析");

        demo.mainCause()
                .comparisons()
                .forEach(c -> assertThat(causes)
                        .contains(
                                c.agrees()
                                        ? "对「" + c.problemName() + "」，统计归因最强的「"
                                        : "对「" + c.problemName() + "」，统计归因最强的是「"));
        assertThat(demo.mainCause().comparisons()).anyMatch(c -> !c.agrees());
        assertThat(causes).contains("二者不一致");
    }

    @Test
    void shouldWriteOnlyThatASuppressedSelectionIsTooSmall() {
        WaveAnalysis tiny =
                new WaveAnalysis(3, true, 5, null, List.of(), List.of(), List.of(), null, List.of(), null, null);

        FindingsReport report = write(tiny);

        assertThat(text(report)).contains("只有 3 份答卷").contains("不生成调研结论");
        assertThat(report.tables()).isEmpty();
    }

    /** Copies of the demo analysis with one statistic changed. */
    static final class Crafted {

        static WaveAnalysis roleTest(WaveAnalysis a, String problem, double p, double fullPercent, double partPercent) {
            List<CrossTab> tabs = a.crossTabs().stream()
                    .map(t -> !(t.rowVariable().equals("role")
                                    && t.columnVariable().equals(problem))
                            ? t
                            : new CrossTab(
                                    t.rowVariable(),
                                    t.rowName(),
                                    t.columnVariable(),
                                    t.columnName(),
                                    t.columns(),
                                    List.of(
                                            row(t.rows().get(0), fullPercent),
                                            row(t.rows().get(1), partPercent)),
                                    t.columnTotals(),
                                    t.n(),
                                    new CrossTab.ChiSquareTest(8.8, 1, p, 0.12, 0, 40.0),
                                    t.warnings()))
                    .toList();
            return with(a, tabs, a.reliability(), a.summary(), a.attribution());
        }

        static WaveAnalysis suppressRole(WaveAnalysis a, String group) {
            List<CrossTab> tabs = a.crossTabs().stream()
                    .map(t -> !t.rowVariable().equals("role")
                            ? t
                            : new CrossTab(
                                    t.rowVariable(),
                                    t.rowName(),
                                    t.columnVariable(),
                                    t.columnName(),
                                    t.columns(),
                                    t.rows().stream()
                                            .map(r -> !r.code().equals(group)
                                                    ? r
                                                    : new CrossTab.Row(
                                                            r.code(),
                                                            r.label(),
                                                            3,
                                                            true,
                                                            r.counts().stream()
                                                                    .map(c -> (Integer) null)
                                                                    .toList(),
                                                            r.rowPercents().stream()
                                                                    .map(c -> (Double) null)
                                                                    .toList()))
                                            .toList(),
                                    t.columnTotals(),
                                    t.n(),
                                    t.test(),
                                    t.warnings()))
                    .toList();
            return with(a, tabs, a.reliability(), a.summary(), a.attribution());
        }

        static WaveAnalysis alpha(WaveAnalysis a, String dimension, double alpha) {
            List<Reliability> reliability = a.reliability().stream()
                    .map(r -> !r.dimension().equals(dimension)
                            ? r
                            : new Reliability(
                                    r.dimension(),
                                    r.name(),
                                    r.items(),
                                    r.n(),
                                    alpha,
                                    r.standardizedAlpha(),
                                    r.averageR(),
                                    r.itemStatistics()))
                    .toList();
            return with(a, a.crossTabs(), reliability, a.summary(), a.attribution());
        }

        static WaveAnalysis responseRate(WaveAnalysis a, double rate) {
            WaveSummary s = a.summary();
            return with(
                    a,
                    a.crossTabs(),
                    a.reliability(),
                    new WaveSummary(s.responses(), s.expectedCadres(), rate, s.units(), s.items(), s.dimensions()),
                    a.attribution());
        }

        static WaveAnalysis interval(WaveAnalysis a, String problem, double lower, double upper) {
            List<CauseAttribution> attribution = a.attribution().stream()
                    .map(x -> !x.problem().equals(problem)
                            ? x
                            : new CauseAttribution(
                                    x.problem(),
                                    x.problemName(),
                                    x.n(),
                                    x.rSquared(),
                                    x.adjustedRSquared(),
                                    x.causes().stream()
                                            .map(c -> !c.cause().equals(x.strongestCause())
                                                    ? c
                                                    : new CauseAttribution.CauseShare(
                                                            c.cause(),
                                                            c.name(),
                                                            c.lmg(),
                                                            c.sharePercent(),
                                                            c.lmgLower(),
                                                            c.lmgUpper(),
                                                            lower,
                                                            upper,
                                                            c.coefficient()))
                                            .toList(),
                                    x.strongestCause(),
                                    x.draws(),
                                    x.seed(),
                                    x.confidence()))
                    .toList();
            return with(a, a.crossTabs(), a.reliability(), a.summary(), attribution);
        }

        private static CrossTab.Row row(CrossTab.Row row, double percent) {
            return new CrossTab.Row(
                    row.code(), row.label(), row.total(), false, row.counts(), List.of(percent, 100 - percent));
        }

        private static WaveAnalysis with(
                WaveAnalysis a,
                List<CrossTab> tabs,
                List<Reliability> reliability,
                WaveSummary summary,
                List<CauseAttribution> attribution) {
            return new WaveAnalysis(
                    a.responses(),
                    a.suppressed(),
                    a.suppressionThreshold(),
                    summary,
                    reliability,
                    tabs,
                    a.groupDifferences(),
                    a.correlations(),
                    attribution,
                    a.mainCause(),
                    a.demand());
        }
    }
}
