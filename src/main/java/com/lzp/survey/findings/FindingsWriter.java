package com.lzp.survey.findings;

import static com.lzp.survey.findings.Wording.percent;
import static com.lzp.survey.findings.Wording.quote;

import com.lzp.survey.analysis.CauseAttribution;
import com.lzp.survey.analysis.CauseAttribution.CauseShare;
import com.lzp.survey.analysis.CountermeasureDemand;
import com.lzp.survey.analysis.CountermeasureDemand.GroupDemand;
import com.lzp.survey.analysis.CrossTab;
import com.lzp.survey.analysis.DimensionSummary;
import com.lzp.survey.analysis.ItemFrequencies;
import com.lzp.survey.analysis.MainCauseShares;
import com.lzp.survey.analysis.OptionShare;
import com.lzp.survey.analysis.Reliability;
import com.lzp.survey.analysis.ResponseTable;
import com.lzp.survey.analysis.Variables;
import com.lzp.survey.analysis.WaveAnalysis;
import com.lzp.survey.analysis.WaveSummary;
import com.lzp.survey.questionnaire.Dimension;
import com.lzp.survey.questionnaire.DimensionKind;
import com.lzp.survey.questionnaire.Question;
import com.lzp.survey.questionnaire.QuestionnaireDefinition;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * Writes the findings of a wave from its analysis, in the study's five parts, every number taken from the
 * analysis and shown again in a numbered table. Honest by rule: a difference is called significant only when its
 * test says so, suppressed groups are never described, and low reliability, a low response rate, wide
 * intervals and weak explanations each get a caveat.
 */
public final class FindingsWriter {

    static final int SAMPLE = 1;
    static final int EFFECTS = 2;
    static final int PROBLEMS = 3;
    static final int PROBLEM_ITEMS = 4;
    static final int PROBLEMS_BY_GROUP = 5;
    static final int CAUSE_ITEMS = 6;
    static final int ATTRIBUTION = 7;
    static final int MAIN_CAUSE = 8;
    static final int DEMAND = 9;
    static final int RELIABILITY = 10;

    private final QuestionnaireDefinition definition;
    private final WaveAnalysis analysis;
    private final WaveSummary summary;
    private final Map<String, ItemFrequencies> items;
    private final Map<String, DimensionSummary> dimensions;
    private final Map<String, Reliability> reliability;
    private final List<String> caveats = new ArrayList<>();

    private FindingsWriter(QuestionnaireDefinition definition, WaveAnalysis analysis) {
        this.definition = definition;
        this.analysis = analysis;
        this.summary = analysis.summary();
        this.items = summary.items().stream().collect(Collectors.toMap(ItemFrequencies::item, Function.identity()));
        this.dimensions = summary.dimensions().stream()
                .collect(Collectors.toMap(DimensionSummary::dimension, Function.identity()));
        this.reliability =
                analysis.reliability().stream().collect(Collectors.toMap(Reliability::dimension, Function.identity()));
    }

    /**
     * @param analysis a full analysis; a suppressed one gives a report that says only that the selection is too
     *        small
     */
    public static FindingsReport write(
            QuestionnaireDefinition definition, WaveAnalysis analysis, String wave, String waveTitle, boolean demo) {
        String title = "关于" + waveTitle.replaceAll("^【[^】]*】", "") + "的调研报告";
        if (analysis.suppressed()) {
            Paragraph only = new Paragraph(List.of(Span.text("所选范围只有 " + analysis.responses() + " 份答卷，少于 "
                    + analysis.suppressionThreshold() + " 份。为保护匿名，不生成调研结论。")));
            return new FindingsReport(
                    wave,
                    title,
                    waveTitle,
                    demo,
                    List.of(new ReportSection("overview", "一、调查概况", List.of(only), List.of())),
                    List.of(),
                    List.of("样本过小，未生成结论。"));
        }
        FindingsWriter writer = new FindingsWriter(definition, analysis);
        List<ReportSection> sections = List.of(
                writer.overview(demo), writer.effects(), writer.problems(), writer.causes(), writer.countermeasures());
        return new FindingsReport(wave, title, waveTitle, demo, sections, writer.tables(), writer.caveats);
    }

    // ---- 一、调查概况

    private ReportSection overview(boolean demo) {
        List<Paragraph> paragraphs = new ArrayList<>();
        if (demo) {
            paragraphs.add(paragraph("说明：本报告由演示数据自动生成，数字不反映任何单位的真实情况。"));
        }
        List<Span> spans = new ArrayList<>();
        String rate = summary.responseRate() == null ? "" : "，回收率" + percent(summary.responseRate());
        spans.add(Span.text("本次调查面向" + summary.units().size() + "个单位党组织的党务干部，应答" + summary.expectedCadres() + "人，回收有效问卷"
                + summary.responses() + "份" + rate + "（"));
        spans.add(Span.see(SAMPLE));
        spans.add(Span.text("）。"));
        firstProfileTab().ifPresent(tab -> {
            List<String> parts = tab.rows().stream()
                    .filter(r -> !r.suppressed() && r.total() > 0)
                    .map(r -> r.label() + r.total() + "人（" + percent(100.0 * r.total() / tab.n()) + "）")
                    .toList();
            if (!parts.isEmpty()) {
                spans.add(Span.text("按" + tab.rowName() + "分，" + String.join("，", parts) + "。"));
            }
        });
        paragraphs.add(new Paragraph(spans));
        if (summary.responseRate() != null && summary.responseRate() < Wording.LOW_RESPONSE_RATE) {
            String caveat = "回收率不足七成（" + percent(summary.responseRate()) + "），未作答干部的看法可能与作答者不同，" + "以下结论的代表性需审慎看待。";
            caveats.add(caveat);
            paragraphs.add(paragraph(caveat));
        }
        return new ReportSection("overview", "一、调查概况", paragraphs, List.of("response-rates"));
    }

    // ---- 二、工作成效

    private ReportSection effects() {
        List<Paragraph> paragraphs = new ArrayList<>();
        for (Dimension dimension : definition.dimensionsOf(DimensionKind.EFFECT)) {
            DimensionSummary score = dimensions.get(dimension.code());
            if (score.appliesPercent() == null) {
                continue;
            }
            List<ItemFrequencies> ranked = ranked(dimension);
            List<Span> spans = new ArrayList<>();
            spans.add(Span.text(Wording.share(score.appliesPercent()) + "（" + percent(score.appliesPercent())
                    + "）的党务干部总体认同本单位" + dimension.name() + "明显，该维度均分为"
                    + Wording.decimal(score.mean(), 2) + "分（满分"
                    + definition.scale().max() + "分）。"));
            spans.add(Span.text("分项看，" + rankedStatements(ranked) + "（"));
            spans.add(Span.see(EFFECTS));
            spans.add(Span.text("）。"));
            paragraphs.add(new Paragraph(spans));
            reliabilityCaveat(dimension).ifPresent(paragraphs::add);
        }
        return new ReportSection("effects", "二、工作成效", paragraphs, List.of("likert-effects"));
    }

    // ---- 三、存在问题

    private ReportSection problems() {
        List<Paragraph> paragraphs = new ArrayList<>();
        List<DimensionSummary> ranked = problemDimensions().stream()
                .map(d -> dimensions.get(d.code()))
                .filter(d -> d.appliesPercent() != null)
                .sorted(Comparator.comparing(DimensionSummary::appliesPercent).reversed())
                .toList();
        if (ranked.isEmpty()) {
            return new ReportSection("problems", "三、存在问题", List.of(), List.of());
        }
        paragraphs.add(new Paragraph(List.of(
                Span.text("以维度均分达到" + definition.scale().appliesFrom()
                        + "分视为存在该问题，三类问题按普遍程度依次为："
                        + ranked.stream()
                                .map(d -> "「" + d.name() + "」（" + percent(d.appliesPercent()) + "）")
                                .collect(Collectors.joining("、"))
                        + "（"),
                Span.see(PROBLEMS),
                Span.text("）。"))));
        for (DimensionSummary problem : ranked) {
            Dimension dimension = definition.dimension(problem.dimension()).orElseThrow();
            List<Span> spans = new ArrayList<>();
            spans.add(Span.text("「" + problem.name() + "」方面（" + problem.aspect() + "），"
                    + Wording.share(problem.appliesPercent()) + "（" + percent(problem.appliesPercent())
                    + "）的党务干部认为存在。具体表现中，" + rankedStatements(ranked(dimension)) + "（"));
            spans.add(Span.see(PROBLEM_ITEMS));
            spans.add(Span.text("）。"));
            groupComparison(problem.dimension()).ifPresent(text -> {
                spans.add(Span.text(text + "（"));
                spans.add(Span.see(PROBLEMS_BY_GROUP));
                spans.add(Span.text("）。"));
            });
            paragraphs.add(new Paragraph(spans));
            reliabilityCaveat(dimension).ifPresent(paragraphs::add);
        }
        return new ReportSection(
                "problems",
                "三、存在问题",
                paragraphs,
                List.of("problem-applies", "likert-problems", "problem-applies-by-role"));
    }

    /** The first profile variable's comparison for one problem, worded by its χ² test; null groups left out. */
    private Optional<String> groupComparison(String problem) {
        Optional<CrossTab> found = crossTab(firstProfileVariable(), problem);
        if (found.isEmpty() || found.get().test() == null) {
            return Optional.empty();
        }
        CrossTab tab = found.get();
        List<CrossTab.Row> shown = tab.rows().stream()
                .filter(r -> !r.suppressed() && r.total() > 0)
                .toList();
        if (shown.size() < 2) {
            return Optional.empty();
        }
        double chi = tab.test().chiSquare();
        double p = tab.test().p();
        String test = "χ²=" + Wording.decimal(chi, 2) + "，" + Wording.p(p);
        String groups = shown.stream()
                .map(r -> r.label() + percent(r.rowPercents().get(0)))
                .collect(Collectors.joining("，"));
        if (!Wording.significant(p)) {
            return Optional.of("不同" + tab.rowName() + "的干部之间差异不显著（" + groups + "；" + test + "）");
        }
        CrossTab.Row highest = shown.stream()
                .max(Comparator.comparing(r -> r.rowPercents().get(0)))
                .orElseThrow();
        return Optional.of("其中" + highest.label() + "认为存在该问题的比例明显更高（" + groups + "；" + test + "）");
    }

    // ---- 四、原因剖析

    private ReportSection causes() {
        List<Paragraph> paragraphs = new ArrayList<>();
        List<DimensionSummary> causes = definition.dimensionsOf(DimensionKind.CAUSE).stream()
                .map(d -> dimensions.get(d.code()))
                .filter(d -> d.appliesPercent() != null)
                .sorted(Comparator.comparing(DimensionSummary::appliesPercent).reversed())
                .toList();
        if (!causes.isEmpty()) {
            paragraphs.add(new Paragraph(List.of(
                    Span.text("从干部对各类原因的认同看，"
                            + causes.stream()
                                    .map(c -> "「" + c.name() + "」（" + c.aspect() + "，" + percent(c.appliesPercent())
                                            + "）")
                                    .collect(Collectors.joining("、"))
                            + "依次排列（"),
                    Span.see(CAUSE_ITEMS),
                    Span.text("）。"))));
        }
        for (CauseAttribution attribution : analysis.attribution()) {
            if (attribution.rSquared() == null || attribution.causes().isEmpty()) {
                continue;
            }
            List<CauseShare> ranked = attribution.causes().stream()
                    .sorted(Comparator.comparing(CauseShare::sharePercent).reversed())
                    .toList();
            CauseShare strongest = ranked.get(0);
            List<Span> spans = new ArrayList<>();
            String interval = strongest.shareLower() == null
                    ? ""
                    : "，" + Math.round(attribution.confidence() * 100) + "%置信区间"
                            + Wording.interval(strongest.shareLower(), strongest.shareUpper());
            spans.add(Span.text("对「" + attribution.problemName() + "」，三类原因合计解释了其差异的"
                    + percent(100 * attribution.rSquared()) + "（R²=" + Wording.decimal(attribution.rSquared(), 3)
                    + "，n=" + attribution.n() + "）。其中「" + strongest.name() + "」的解释份额最大，占"
                    + percent(strongest.sharePercent()) + interval + "；"
                    + ranked.stream()
                            .skip(1)
                            .map(c -> "「" + c.name() + "」占" + percent(c.sharePercent()))
                            .collect(Collectors.joining("，"))
                    + "（"));
            spans.add(Span.see(ATTRIBUTION));
            spans.add(Span.text("）。"));
            if (strongest.shareLower() != null
                    && strongest.shareUpper() - strongest.shareLower() > Wording.WIDE_INTERVAL) {
                String caveat = "「" + attribution.problemName() + "」的归因区间较宽（"
                        + Wording.interval(strongest.shareLower(), strongest.shareUpper()) + "），原因排序需谨慎对待。";
                caveats.add(caveat);
                spans.add(Span.text(caveat));
            }
            if (attribution.rSquared() < Wording.LOW_R_SQUARED) {
                String caveat = "三类原因对「" + attribution.problemName() + "」的解释力有限，可能另有原因未纳入问卷。";
                caveats.add(caveat);
                spans.add(Span.text(caveat));
            }
            paragraphs.add(new Paragraph(spans));
        }
        selfReport().ifPresent(paragraphs::add);
        return new ReportSection(
                "causes",
                "四、原因剖析",
                paragraphs,
                List.of("cause-attribution", "problem-cause-correlations", "likert-causes"));
    }

    private Optional<Paragraph> selfReport() {
        MainCauseShares main = analysis.mainCause();
        if (main == null || main.answered() == 0) {
            return Optional.empty();
        }
        List<OptionShare> ranked = main.overall().stream()
                .filter(s -> s.percent() != null)
                .sorted(Comparator.comparing(OptionShare::percent).reversed())
                .toList();
        List<Span> spans = new ArrayList<>();
        spans.add(Span.text("在干部自评中，认为最主要原因是"
                + ranked.stream()
                        .map(s -> "「" + s.label() + "」的占" + percent(s.percent()))
                        .collect(Collectors.joining("，"))
                + "（"));
        spans.add(Span.see(MAIN_CAUSE));
        spans.add(Span.text("）。"));
        for (MainCauseShares.Comparison comparison : main.comparisons()) {
            String measured = nameOf(comparison.strongestMeasured());
            String named = nameOf(comparison.mostNamed());
            spans.add(Span.text(
                    comparison.agrees()
                            ? "对「" + comparison.problemName() + "」，统计归因最强的「" + measured + "」与干部自评一致。"
                            : "对「" + comparison.problemName() + "」，统计归因最强的是「" + measured + "」，而干部自评更多指向「" + named
                                    + "」，二者不一致：干部的主观判断可能低估了「" + measured + "」方面的影响，值得结合访谈进一步核实。"));
        }
        return Optional.of(new Paragraph(spans));
    }

    // ---- 五、对策建议

    private ReportSection countermeasures() {
        List<Paragraph> paragraphs = new ArrayList<>();
        Optional<Question> measures = Variables.measures(definition);
        CountermeasureDemand demand = analysis.demand();
        if (measures.isEmpty() || demand == null || demand.answered() == 0) {
            return new ReportSection("countermeasures", "五、对策建议", paragraphs, List.of());
        }
        Question question = measures.get();
        for (CauseAttribution attribution : analysis.attribution()) {
            if (attribution.strongestCause() == null) {
                continue;
            }
            Dimension cause = definition.dimension(attribution.strongestCause()).orElseThrow();
            Optional<GroupDemand> group = demand.groups().stream()
                    .filter(g -> g.code().equals(cause.countermeasureGroup()))
                    .findFirst();
            if (group.isEmpty()) {
                continue;
            }
            String options = demand.measures().stream()
                    .filter(m -> question.option(m.code())
                            .map(o -> group.get().code().equals(o.group()))
                            .orElse(false))
                    .sorted(Comparator.comparing(OptionShare::percent, Comparator.nullsLast(Comparator.reverseOrder())))
                    .map(m -> m.label() + "（" + percent(m.percent()) + "的干部选择）")
                    .collect(Collectors.joining("；"));
            paragraphs.add(new Paragraph(List.of(
                    Span.text("针对「" + attribution.problemName() + "」主要源于「"
                            + cause.name() + "」（" + cause.aspect() + "）的情况，建议以「"
                            + group.get().label()
                            + "」为重点：" + options + "（"),
                    Span.see(DEMAND),
                    Span.text("）。"))));
        }
        List<OptionShare> top = demand.measures().stream()
                .filter(m -> m.percent() != null)
                .sorted(Comparator.comparing(OptionShare::percent).reversed())
                .limit(3)
                .toList();
        GroupDemand mostWanted = demand.groups().stream()
                .filter(g -> g.percent() != null)
                .max(Comparator.comparing(GroupDemand::percent))
                .orElse(null);
        List<Span> spans = new ArrayList<>();
        spans.add(Span.text("从干部自己的选择看，最希望采取的措施依次是"
                + top.stream()
                        .map(m -> "「" + m.label() + "」（" + percent(m.percent()) + "）")
                        .collect(Collectors.joining("、"))
                + (mostWanted == null
                        ? ""
                        : "；三类措施中选择「" + mostWanted.label() + "」的干部最多（" + percent(mostWanted.percent()) + "）")
                + "（"));
        spans.add(Span.see(DEMAND));
        spans.add(Span.text("）。"));
        paragraphs.add(new Paragraph(spans));
        return new ReportSection("countermeasures", "五、对策建议", paragraphs, List.of("countermeasure-demand"));
    }

    // ---- tables

    private List<ReportTable> tables() {
        return List.of(
                new ReportTable(
                        SAMPLE,
                        "样本构成",
                        List.of("分组", "类别", "人数", "占比"),
                        sampleRows(),
                        "人数少于" + analysis.suppressionThreshold() + "人的组不列出具体人数。"),
                itemTable(EFFECTS, "工作成效各条目的认同情况", DimensionKind.EFFECT),
                new ReportTable(
                        PROBLEMS,
                        "各维度得分与存在比例",
                        List.of("维度", "类别", "均分", "标准差", "存在比例", "有效人数"),
                        summary.dimensions().stream()
                                .filter(d -> d.mean() != null)
                                .map(d -> List.of(
                                        d.name(),
                                        kindLabel(d.kind()),
                                        Wording.decimal(d.mean(), 2),
                                        d.sd() == null ? "–" : Wording.decimal(d.sd(), 2),
                                        percent(d.appliesPercent()),
                                        String.valueOf(d.scored())))
                                .toList(),
                        "维度均分达到" + definition.scale().appliesFrom() + "分视为存在（认同）。"),
                itemTable(PROBLEM_ITEMS, "存在问题各条目的认同情况", DimensionKind.PROBLEM),
                groupTable(),
                itemTable(CAUSE_ITEMS, "原因各条目的认同情况", DimensionKind.CAUSE),
                attributionTable(),
                mainCauseTable(),
                demandTable(),
                new ReportTable(
                        RELIABILITY,
                        "各维度的信度（Cronbach's α）",
                        List.of("维度", "条目数", "完整作答人数", "α", "标准化α"),
                        analysis.reliability().stream()
                                .map(r -> List.of(
                                        r.name(),
                                        String.valueOf(r.items()),
                                        String.valueOf(r.n()),
                                        decimalOrDash(r.rawAlpha(), 3),
                                        decimalOrDash(r.standardizedAlpha(), 3)))
                                .toList(),
                        "α低于" + Wording.LOW_ALPHA + "时，相应结论需审慎解读。"));
    }

    private List<List<String>> sampleRows() {
        List<List<String>> rows = new ArrayList<>();
        for (CrossTab tab : analysis.crossTabs()) {
            if (!Objects.equals(tab.columnVariable(), mainCauseCode())) {
                continue;
            }
            for (CrossTab.Row row : tab.rows()) {
                rows.add(List.of(
                        tab.rowName(),
                        row.label(),
                        row.suppressed() ? "<" + analysis.suppressionThreshold() : String.valueOf(row.total()),
                        row.suppressed() || tab.n() == 0 ? "–" : percent(100.0 * row.total() / tab.n())));
            }
        }
        return rows;
    }

    private ReportTable itemTable(int number, String title, DimensionKind kind) {
        List<List<String>> rows = new ArrayList<>();
        for (Dimension dimension : definition.dimensionsOf(kind)) {
            for (Question item : definition.itemsOf(dimension.code())) {
                ItemFrequencies f = items.get(item.code());
                rows.add(List.of(
                        item.code(),
                        dimension.name(),
                        item.text(),
                        f.agreePercent() == null ? "–" : percent(f.agreePercent()),
                        decimalOrDash(f.mean(), 2),
                        String.valueOf(f.answered())));
            }
        }
        return new ReportTable(
                number,
                title,
                List.of("代码", "维度", "表述", "认同比例", "均分", "作答人数"),
                rows,
                "认同比例为选择" + definition.scale().labelOf(definition.scale().agreeFrom()) + "或以上者占作答人数的比例。");
    }

    private ReportTable groupTable() {
        String variable = firstProfileVariable();
        List<List<String>> rows = new ArrayList<>();
        String name = variable;
        for (Dimension problem : problemDimensions()) {
            Optional<CrossTab> tab = crossTab(variable, problem.code());
            if (tab.isEmpty()) {
                continue;
            }
            name = tab.get().rowName();
            for (CrossTab.Row row : tab.get().rows()) {
                rows.add(List.of(
                        problem.name(),
                        row.label(),
                        row.suppressed() ? "<" + analysis.suppressionThreshold() : String.valueOf(row.total()),
                        row.suppressed() || row.rowPercents().get(0) == null
                                ? "–"
                                : percent(row.rowPercents().get(0)),
                        tab.get().test() == null
                                ? "–"
                                : Wording.decimal(tab.get().test().chiSquare(), 2) + "，"
                                        + Wording.p(tab.get().test().p())));
            }
        }
        return new ReportTable(
                PROBLEMS_BY_GROUP,
                "各类问题的存在比例：按" + name + "分",
                List.of("问题", name, "人数", "存在比例", "χ²检验"),
                rows,
                "χ²检验不作连续性校正；p<0.05 视为差异显著。");
    }

    private ReportTable attributionTable() {
        List<List<String>> rows = new ArrayList<>();
        for (CauseAttribution a : analysis.attribution()) {
            for (CauseShare c : a.causes()) {
                rows.add(List.of(
                        a.problemName(),
                        c.name(),
                        percent(c.sharePercent()),
                        c.shareLower() == null ? "–" : Wording.interval(c.shareLower(), c.shareUpper()),
                        Wording.decimal(c.lmg(), 3),
                        Wording.decimal(a.rSquared(), 3),
                        String.valueOf(a.n())));
            }
        }
        CauseAttribution any =
                analysis.attribution().isEmpty() ? null : analysis.attribution().get(0);
        return new ReportTable(
                ATTRIBUTION,
                "原因归因（LMG分解）",
                List.of("问题", "原因", "解释份额", "置信区间", "LMG", "R²", "人数"),
                rows,
                any == null
                        ? ""
                        : "以三类原因得分对问题得分做回归，R²按LMG（全部进入顺序的平均）分解；置信区间为" + any.draws() + "次自助重抽样的百分位区间（种子" + any.seed()
                                + "）。");
    }

    private ReportTable mainCauseTable() {
        MainCauseShares main = analysis.mainCause();
        List<List<String>> rows = new ArrayList<>();
        if (main != null) {
            main.overall().forEach(s -> rows.add(List.of("全体", s.label(), percentOrDash(s.percent()))));
            String variable = firstProfileVariable();
            main.byGroup().stream()
                    .filter(g -> g.variable().equals(variable))
                    .forEach(g -> g.shares()
                            .forEach(s -> rows.add(List.of(
                                    g.label(), s.label(), g.suppressed() ? "人数过少" : percentOrDash(s.percent())))));
        }
        return new ReportTable(
                MAIN_CAUSE,
                "干部自评的最主要原因",
                List.of("范围", "原因", "比例"),
                rows,
                main == null ? "" : "按回答该题的" + main.answered() + "人计算。");
    }

    private ReportTable demandTable() {
        CountermeasureDemand demand = analysis.demand();
        List<List<String>> rows = new ArrayList<>();
        if (demand != null) {
            Optional<Question> question = Variables.measures(definition);
            for (OptionShare m : demand.measures()) {
                String group = question.flatMap(q -> q.option(m.code()))
                        .flatMap(o -> question.get().groups().stream()
                                .filter(g -> g.code().equals(o.group()))
                                .findFirst())
                        .map(g -> g.label())
                        .orElse("");
                rows.add(List.of(m.code(), m.label(), group, percentOrDash(m.percent())));
            }
            demand.groups().forEach(g -> rows.add(List.of("", "（本类任一项）", g.label(), percentOrDash(g.percent()))));
        }
        return new ReportTable(
                DEMAND,
                "干部最需要的措施",
                List.of("代码", "措施", "类别", "选择比例"),
                rows,
                demand == null ? "" : "每人最多选三项，按回答该题的" + demand.answered() + "人计算。");
    }

    // ---- helpers

    private List<Dimension> problemDimensions() {
        return definition.dimensionsOf(DimensionKind.PROBLEM);
    }

    private List<ItemFrequencies> ranked(Dimension dimension) {
        return definition.itemsOf(dimension.code()).stream()
                .map(q -> items.get(q.code()))
                .filter(f -> f.agreePercent() != null)
                .sorted(Comparator.comparing(ItemFrequencies::agreePercent).reversed())
                .toList();
    }

    private static String rankedStatements(List<ItemFrequencies> ranked) {
        if (ranked.isEmpty()) {
            return "各条目均无有效作答";
        }
        StringBuilder text = new StringBuilder("认同" + quote(ranked.get(0).text()) + "的比例最高，为"
                + percent(ranked.get(0).agreePercent()));
        if (ranked.size() > 1) {
            text.append("；其次是")
                    .append(ranked.stream()
                            .skip(1)
                            .map(f -> quote(f.text()) + "（" + percent(f.agreePercent()) + "）")
                            .collect(Collectors.joining("和")));
        }
        return text.toString();
    }

    private Optional<Paragraph> reliabilityCaveat(Dimension dimension) {
        Reliability r = reliability.get(dimension.code());
        if (r == null || r.rawAlpha() == null || r.rawAlpha() >= Wording.LOW_ALPHA) {
            return Optional.empty();
        }
        String caveat = "「" + dimension.name() + "」各条目的内部一致性偏低（α=" + Wording.decimal(r.rawAlpha(), 2)
                + "），该维度的结论宜结合座谈、访谈等材料审慎解读。";
        caveats.add(caveat);
        return Optional.of(new Paragraph(List.of(Span.text(caveat + "（"), Span.see(RELIABILITY), Span.text("）"))));
    }

    /** The first profile question (岗位性质 in the built-in questionnaire), the report's main comparison. */
    private String firstProfileVariable() {
        return analysis.crossTabs().stream()
                .map(CrossTab::rowVariable)
                .filter(v -> !v.equals(ResponseTable.UNIT_TYPE))
                .findFirst()
                .orElse(ResponseTable.UNIT_TYPE);
    }

    private Optional<CrossTab> firstProfileTab() {
        return crossTab(firstProfileVariable(), mainCauseCode());
    }

    private Optional<CrossTab> crossTab(String row, String column) {
        return analysis.crossTabs().stream()
                .filter(t -> t.rowVariable().equals(row) && Objects.equals(t.columnVariable(), column))
                .findFirst();
    }

    private String mainCauseCode() {
        return analysis.mainCause() == null ? null : analysis.mainCause().question();
    }

    private String nameOf(String dimension) {
        return definition.dimension(dimension).map(Dimension::name).orElse(dimension);
    }

    private static String kindLabel(DimensionKind kind) {
        return switch (kind) {
            case EFFECT -> "工作成效";
            case PROBLEM -> "存在问题";
            case CAUSE -> "原因";
            case OTHER -> "其他";
        };
    }

    private static String decimalOrDash(Double value, int places) {
        return value == null ? "–" : Wording.decimal(value, places);
    }

    private static String percentOrDash(Double value) {
        return value == null ? "–" : percent(value);
    }

    private static Paragraph paragraph(String text) {
        return new Paragraph(List.of(Span.text(text)));
    }
}
