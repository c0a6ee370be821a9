package com.lzp.survey.findings;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;

import com.lzp.survey.analysis.CauseAttribution;
import com.lzp.survey.analysis.CrossTab;
import com.lzp.survey.analysis.DimensionSummary;
import com.lzp.survey.analysis.Reliability;
import com.lzp.survey.analysis.WaveAnalysis;
import com.lzp.survey.analysis.WaveSummary;
import com.lzp.survey.questionnaire.DimensionKind;
import com.lzp.survey.questionnaire.QuestionnaireDefinition;
import com.lzp.survey.testing.Definitions;
import com.lzp.survey.testing.DemoAnalysis;
import com.lzp.survey.testing.RandomAnswers;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The report as the committee writes it, and each wording rule that keeps it honest. */
class FindingsWriterTest {

    static final QuestionnaireDefinition BUILT_IN = Definitions.builtIn();
    static WaveAnalysis demo;

    @BeforeAll
    static void analyseTheDemoWave() {
        demo = DemoAnalysis.of(300);
    }

    static FindingsReport write(WaveAnalysis analysis) {
        return FindingsWriter.write(
                BUILT_IN,
                analysis,
                new ReportFacts(
                        "demo",
                        "【演示数据】市直机关党建与业务工作融合情况调查（模拟答卷，非真实数据）",
                        true,
                        LocalDate.of(2024, 5, 6),
                        LocalDate.of(2024, 5, 19),
                        null),
                Map.of());
    }

    static String text(FindingsReport report) {
        return report.plainText();
    }

    static String section(FindingsReport report, String key) {
        return report.sections().stream()
                .filter(s -> s.key().equals(key))
                .findFirst()
                .orElseThrow()
                .paragraphs()
                .stream()
                .map(Paragraph::plainText)
                .collect(Collectors.joining("\n"));
    }

    @Test
    void shouldOpenWithATitleALeadAndNumberedConclusions() {
        FindingsReport report = write(demo);

        assertThat(report.title()).isEqualTo("关于机关党建与业务工作融合情况的调研报告");
        assertThat(report.author()).isEqualTo("市直机关工委课题组");
        assertThat(report.lead())
                .extracting(Paragraph::plainText)
                .anyMatch(
                        p -> p.contains("市直机关工委课题组于2024年5月6日至19日对73个单位党组织的党务干部开展了匿名问卷调查") && p.contains("回收有效问卷565份"));
        assertThat(report.conclusions()).extracting(Paragraph::lead).startsWith("一是", "二是", "三是");
        assertThat(report.conclusions())
                .allSatisfy(p -> assertThat(p.spans()).noneMatch(s -> s.note() != null || s.table() != null));
    }

    @Test
    void shouldWriteTheStudysPartsInOrder() {
        assertThat(write(demo).sections())
                .extracting(ReportSection::heading)
                .containsExactly("一、调查基本情况", "二、工作成效", "三、存在问题", "四、原因剖析", "五、对策建议");
    }

    @Test
    void shouldSayExpectedNotRespondedForTheDenominator() {
        String overview = section(write(demo), OverviewSection.KEY);

        assertThat(overview)
                .contains("应参加调查的党务干部" + demo.summary().expectedCadres() + "人")
                .contains("回收率" + Wording.percent(demo.summary().responseRate()))
                .doesNotContain("应答");
    }

    @Test
    void shouldMoveTheStatisticsIntoNotes() {
        FindingsReport report = write(demo);
        String body = report.sections().stream()
                .flatMap(s -> s.paragraphs().stream())
                .map(Paragraph::plainText)
                .collect(Collectors.joining());
        String notes = report.sections().stream()
                .flatMap(s -> s.notes().stream())
                .map(Note::text)
                .collect(Collectors.joining());

        assertThat(body)
                .doesNotContain("χ²")
                .doesNotContain("p=")
                .doesNotContain("p<")
                .doesNotContain("R²");
        assertThat(notes).contains("χ²").contains("R²").contains("McNemar").contains("个百分点");
    }

    @Test
    void shouldCiteEachNumberWithTheSameRoundingInTextAndTables() {
        FindingsReport report = write(demo);
        ReportTable dimensions = report.tables().stream()
                .filter(t -> t.title().equals("各维度得分与存在比例"))
                .findFirst()
                .orElseThrow();
        for (DimensionSummary problem : demo.summary().dimensions()) {
            if (problem.kind() == DimensionKind.PROBLEM) {
                String cited = Wording.percent(problem.appliesPercent());
                assertThat(section(report, ProblemsSection.KEY)).contains("（" + cited + "）的党务干部认为存在" + problem.name());
                assertThat(dimensions.rows()).anyMatch(r -> r.get(0).equals(problem.name()) && r.contains(cited));
            }
        }
    }

    @Test
    void shouldWordAssociationsNeverCauses() {
        String causes = section(write(demo), CausesSection.KEY);

        assertThat(causes).contains("热情不高与思想认识不到位关联最为密切").contains("不能据此断定因果");
        assertThat(causes).doesNotContain("源于").doesNotContain("导致");
        assertThat(section(write(demo), CountermeasuresSection.KEY))
                .contains("针对热情不高主要与思想认识不到位相关的情况")
                .contains("“助推剂”（提高思想认识）为重点");
    }

    @Test
    void shouldCallCausesAboutEqualWhenTheStrongestIsNotClearlyAhead() {
        WaveAnalysis unclear = Crafted.lead(demo, "P1", -4.0, 30.0);

        String causes = section(write(unclear), CausesSection.KEY);

        assertThat(causes).contains("热情不高与思想认识不到位、").contains("的关联程度大体相当");
        assertThat(causes).doesNotContain("热情不高与思想认识不到位关联最为密切");
        assertThat(section(write(unclear), CountermeasuresSection.KEY)).contains("建议统筹运用");
    }

    @Test
    void shouldCallAGroupDifferenceClearOnlyWhenTheTestSaysSo() {
        String significant = section(write(Crafted.roleTest(demo, "P1", 0.003, 61.0, 38.0)), ProblemsSection.KEY);
        String notSignificant = section(write(Crafted.roleTest(demo, "P1", 0.2, 51.0, 45.0)), ProblemsSection.KEY);

        assertThat(significant).contains("专职党务干部认为存在该问题的比例（61.0%）明显高于兼职党务干部（38.0%）");
        assertThat(notSignificant.lines().filter(l -> l.startsWith("（一）")))
                .allSatisfy(l -> assertThat(l).contains("差异不明显").doesNotContain("明显高于"));
    }

    @Test
    void shouldNeverDescribeASuppressedGroup() {
        FindingsReport report = write(Crafted.suppressRole(demo, "PART"));

        assertThat(section(report, ProblemsSection.KEY)).doesNotContain("兼职党务干部");
    }

    @Test
    void shouldGiveNoResponseRateWhereItsDenominatorIsUnknown() {
        WaveAnalysis byRole = Crafted.selectionOfRespondents(demo);
        FindingsReport report = FindingsWriter.write(
                BUILT_IN, byRole, new ReportFacts("demo", "演示批次", true, null, null, "岗位性质为兼职党务干部"), Map.of());

        assertThat(text(report))
                .doesNotContain("回收率" + Wording.percent(demo.summary().responseRate()));
        assertThat(section(report, OverviewSection.KEY)).contains("不计算回收率");
        assertThat(report.caveats()).noneMatch(c -> c.contains("回收率不足"));
        assertThat(report.sections().get(0).charts()).isEmpty();
    }

    @Test
    void shouldWarnWhenAScaleIsUnreliable() {
        FindingsReport report = write(Crafted.alpha(demo, "P2", 0.58));

        assertThat(section(report, ProblemsSection.KEY)).contains("思路不清各条目的内部一致性偏低");
        assertThat(report.caveats()).anyMatch(c -> c.contains("α=0.58"));
    }

    @Test
    void shouldWarnWhenTheResponseRateIsLow() {
        assertThat(section(write(Crafted.responseRate(demo, 55.0)), OverviewSection.KEY))
                .contains("回收率不足七成（55.0%）");
    }

    @Test
    void shouldWarnWhenAnIntervalIsWide() {
        assertThat(section(write(Crafted.interval(demo, "P3", 35.0, 95.0)), CausesSection.KEY))
                .contains("办法不多的关联份额估计区间较宽（35.0%—95.0%）");
    }

    @Test
    void shouldCarryTheResearchersTextInItsPart() {
        SectionText typical =
                new SectionText("effects", "典型做法", "某局推行“党建+业务”双述职。\n\n某委把支部建在项目上。", 2, "researcher", Instant.now());

        FindingsReport report =
                FindingsWriter.write(BUILT_IN, demo, ReportFacts.of("demo", "演示批次", true), Map.of("effects", typical));

        ReportSection effects = report.sections().get(1);
        assertThat(effects.addendum()).isEqualTo(typical);
        assertThat(typical.paragraphs()).hasSize(2);
        assertThat(report.plainText()).contains("典型做法：某局推行“党建+业务”双述职。");
    }

    @Test
    void shouldWriteOnlyThatASuppressedSelectionIsTooSmall() {
        WaveAnalysis tiny = new WaveAnalysis(
                3, true, 5, null, List.of(), List.of(), List.of(), null, List.of(), null, null, List.of(), List.of());

        FindingsReport report = write(tiny);

        assertThat(text(report)).contains("只有 3 份答卷").contains("不生成调研结论");
        assertThat(report.tables()).isEmpty();
    }

    @Test
    void shouldNameRespondentsAndPartsFromTheDefinition() {
        QuestionnaireDefinition mini = Definitions.mini();

        FindingsReport report = FindingsWriter.write(
                mini, RandomAnswers.analyse(mini, 80, 3), ReportFacts.of("m", "小问卷试点调查", false), Map.of());

        assertThat(report.title()).isEqualTo("关于小问卷试点的调研报告");
        assertThat(text(report)).contains("受访者").doesNotContain("党务干部");
        assertThat(report.sections()).extracting(ReportSection::heading).doesNotContain("二、工作成效");
    }

    @Test
    void shouldLeaveOutWhatTheQuestionnaireDoesNotAsk() {
        QuestionnaireDefinition bare = Definitions.read("questionnaires/test-bare-v1.json");
        WaveAnalysis analysis = RandomAnswers.analyse(bare, 60, 5);

        FindingsReport report = FindingsWriter.write(bare, analysis, ReportFacts.of("b", "试点调查", false), Map.of());

        assertThat(report.sections())
                .extracting(ReportSection::key)
                .containsExactly(OverviewSection.KEY, ProblemsSection.KEY, CausesSection.KEY);
        assertThat(report.sections())
                .extracting(ReportSection::heading)
                .containsExactly("一、调查基本情况", "二、存在问题", "三、原因剖析");
        assertThat(report.tables().get(0).title()).isEqualTo("样本构成");
        assertThat(report.tables().get(0).rows()).isNotEmpty();
        assertThat(report.tables())
                .extracting(ReportTable::title)
                .noneMatch(t -> t.contains("最主要原因") || t.contains("措施"));
        assertThatCode(() -> DocxReport.render(report, chart -> null)).doesNotThrowAnyException();
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
                                    new CrossTab.ChiSquareTest(8.8, 1, p, 0.12, 0, 40.0)))
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
                                    t.test()))
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
                    new WaveSummary(
                            s.responses(), s.expectedCadres(), rate, s.units(), s.items(), s.dimensions(), true),
                    a.attribution());
        }

        static WaveAnalysis selectionOfRespondents(WaveAnalysis a) {
            WaveSummary s = a.summary();
            return with(
                    a,
                    a.crossTabs(),
                    a.reliability(),
                    new WaveSummary(
                            s.responses(), s.expectedCadres(), null, s.units(), s.items(), s.dimensions(), false),
                    a.attribution());
        }

        static WaveAnalysis interval(WaveAnalysis a, String problem, double lower, double upper) {
            return attribution(
                    a,
                    problem,
                    x -> new CauseAttribution(
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
                            x.runnerUp(),
                            x.leadLower(),
                            x.leadUpper(),
                            x.draws(),
                            x.seed(),
                            x.confidence()));
        }

        static WaveAnalysis lead(WaveAnalysis a, String problem, double lower, double upper) {
            return attribution(
                    a,
                    problem,
                    x -> new CauseAttribution(
                            x.problem(),
                            x.problemName(),
                            x.n(),
                            x.rSquared(),
                            x.adjustedRSquared(),
                            x.causes(),
                            x.strongestCause(),
                            x.runnerUp(),
                            lower,
                            upper,
                            x.draws(),
                            x.seed(),
                            x.confidence()));
        }

        private static WaveAnalysis attribution(
                WaveAnalysis a, String problem, java.util.function.UnaryOperator<CauseAttribution> change) {
            List<CauseAttribution> attribution = a.attribution().stream()
                    .map(x -> x.problem().equals(problem) ? change.apply(x) : x)
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
                    a.demand(),
                    a.rankings(),
                    a.composition());
        }
    }
}
