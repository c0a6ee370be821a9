package com.lzp.survey.findings;

import com.lzp.survey.analysis.CauseAttribution;
import com.lzp.survey.analysis.CauseAttribution.CauseShare;
import com.lzp.survey.analysis.Composition;
import com.lzp.survey.analysis.CountermeasureDemand;
import com.lzp.survey.analysis.CrossTab;
import com.lzp.survey.analysis.ItemFrequencies;
import com.lzp.survey.analysis.MainCauseShares;
import com.lzp.survey.analysis.OptionShare;
import com.lzp.survey.analysis.Variables;
import com.lzp.survey.questionnaire.Dimension;
import com.lzp.survey.questionnaire.DimensionKind;
import com.lzp.survey.questionnaire.Question;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The numbered tables of the appendix, each only when the questionnaire has what it shows: a definition without
 * a main-cause question has no table of it, and the tables after it move up a number. Numbers as the text states
 * them (percentages to one decimal, scores to two).
 */
final class AppendixTables {

    /** The tables, in appendix order. */
    enum Key {
        SAMPLE,
        EFFECTS,
        DIMENSIONS,
        PROBLEM_ITEMS,
        PROBLEMS_BY_GROUP,
        CAUSE_ITEMS,
        ATTRIBUTION,
        MAIN_CAUSE,
        DEMAND,
        RELIABILITY
    }

    private static final String DASH = "–";

    private AppendixTables() {}

    /** Builds every table the definition allows, numbers them 1, 2, … and tells the context their numbers. */
    static List<ReportTable> build(ReportContext c) {
        List<ReportTable> tables = new ArrayList<>();
        for (Key key : Key.values()) {
            int number = tables.size() + 1;
            Optional<ReportTable> table = switch (key) {
                case SAMPLE -> sample(c, number);
                case EFFECTS -> items(c, number, DimensionKind.EFFECT, c.labels.effects() + "各条目的认同情况");
                case DIMENSIONS -> dimensions(c, number);
                case PROBLEM_ITEMS -> items(c, number, DimensionKind.PROBLEM, c.labels.problems() + "各条目的认同情况");
                case PROBLEMS_BY_GROUP -> byGroup(c, number);
                case CAUSE_ITEMS -> items(c, number, DimensionKind.CAUSE, "原因各条目的认同情况");
                case ATTRIBUTION -> attribution(c, number);
                case MAIN_CAUSE -> mainCause(c, number);
                case DEMAND -> demand(c, number);
                case RELIABILITY -> reliability(c, number);
            };
            table.ifPresent(t -> {
                tables.add(t);
                c.numberTable(key, t.number());
            });
        }
        return tables;
    }

    private static Optional<ReportTable> sample(ReportContext c, int number) {
        List<List<String>> rows = new ArrayList<>();
        for (Composition composition : c.analysis.composition()) {
            for (Composition.Part part : composition.parts()) {
                rows.add(List.of(
                        composition.name(),
                        part.label(),
                        part.suppressed() ? "<" + c.analysis.suppressionThreshold() : String.valueOf(part.count()),
                        part.suppressed() || composition.answered() == 0
                                ? DASH
                                : Wording.percent(100.0 * part.count() / composition.answered())));
            }
        }
        return Optional.of(new ReportTable(
                number,
                "样本构成",
                List.of("分组", "类别", "人数", "占比"),
                rows,
                "占比按回答该题的人数计算；人数少于" + c.analysis.suppressionThreshold() + "人的组不列出人数，必要时另隐去一组，以免推算。",
                List.of(3, 5, 2, 2)));
    }

    private static Optional<ReportTable> items(ReportContext c, int number, DimensionKind kind, String title) {
        List<List<String>> rows = new ArrayList<>();
        for (Dimension dimension : c.dimensionsOf(kind)) {
            for (Question item : c.definition.itemsOf(dimension.code())) {
                ItemFrequencies f = c.item(item.code());
                rows.add(List.of(
                        item.code(),
                        dimension.name(),
                        item.text(),
                        f.agreePercent() == null ? DASH : Wording.percent(f.agreePercent()),
                        f.mean() == null ? DASH : Wording.decimal(f.mean(), 2),
                        String.valueOf(f.answered())));
            }
        }
        if (rows.isEmpty()) {
            return Optional.empty();
        }
        var scale = c.definition.scale();
        return Optional.of(new ReportTable(
                number,
                title,
                List.of("代码", "维度", "表述", "认同比例", "均分", "作答人数"),
                rows,
                "认同比例为选择“" + scale.labelOf(scale.agreeFrom()) + "”或以上者占作答人数的比例；均分满分" + scale.max() + "分。",
                List.of(2, 4, 13, 3, 2, 3)));
    }

    private static Optional<ReportTable> dimensions(ReportContext c, int number) {
        List<List<String>> rows = c.summary.dimensions().stream()
                .filter(d -> d.mean() != null)
                .map(d -> List.of(
                        d.name(),
                        blockOf(c, d.kind()),
                        Wording.decimal(d.mean(), 2),
                        d.sd() == null ? DASH : Wording.decimal(d.sd(), 2),
                        Wording.percent(d.appliesPercent()),
                        String.valueOf(d.scored())))
                .toList();
        if (rows.isEmpty()) {
            return Optional.empty();
        }
        return Optional.of(new ReportTable(
                number,
                "各维度得分与存在比例",
                List.of("维度", "类别", "均分", "标准差", "存在（认同）比例", "有效人数"),
                rows,
                "维度均分为作答者所答条目的平均分，至少答满规定条目数才计分；均分达到" + c.definition.scale().appliesFrom() + "分视为存在（认同）。",
                List.of(3, 3, 2, 2, 3, 2)));
    }

    private static String blockOf(ReportContext c, DimensionKind kind) {
        if (kind == DimensionKind.EFFECT) {
            return c.labels.effects();
        }
        if (kind == DimensionKind.PROBLEM) {
            return c.labels.problems();
        }
        if (kind == DimensionKind.CAUSE) {
            return "原因";
        }
        return "其他";
    }

    private static Optional<ReportTable> byGroup(ReportContext c, int number) {
        Optional<String> variable = c.firstProfileVariable();
        if (variable.isEmpty()) {
            return Optional.empty();
        }
        List<List<String>> rows = new ArrayList<>();
        String name = variable.get();
        for (Dimension problem : c.dimensionsOf(DimensionKind.PROBLEM)) {
            Optional<CrossTab> tab = c.crossTab(variable.get(), problem.code());
            if (tab.isEmpty()) {
                continue;
            }
            name = tab.get().rowName();
            for (CrossTab.Row row : tab.get().rows()) {
                rows.add(List.of(
                        problem.name(),
                        row.label(),
                        row.suppressed() ? "<" + c.analysis.suppressionThreshold() : String.valueOf(row.total()),
                        row.suppressed() || row.rowPercents().get(0) == null
                                ? DASH
                                : Wording.percent(row.rowPercents().get(0)),
                        tab.get().test() == null
                                ? DASH
                                : Wording.chiSquare(
                                        tab.get().test().chiSquare(),
                                        tab.get().test().df(),
                                        tab.get().test().p())));
            }
        }
        if (rows.isEmpty()) {
            return Optional.empty();
        }
        return Optional.of(new ReportTable(
                number,
                "各类问题的存在比例：按" + name + "分",
                List.of("问题", name, "人数", "存在比例", "χ²检验"),
                rows,
                "χ²检验不作连续性校正；p<0.05视为差异显著。",
                List.of(3, 5, 2, 3, 5)));
    }

    private static Optional<ReportTable> attribution(ReportContext c, int number) {
        List<List<String>> rows = new ArrayList<>();
        CauseAttribution any = null;
        for (CauseAttribution a : c.analysis.attribution()) {
            for (CauseShare share : a.causes()) {
                any = a;
                rows.add(List.of(
                        a.problemName(),
                        share.name(),
                        Wording.percent(share.sharePercent()),
                        share.shareLower() == null ? DASH : Wording.interval(share.shareLower(), share.shareUpper()),
                        Wording.decimal(share.lmg(), 3),
                        Wording.decimal(a.rSquared(), 3),
                        String.valueOf(a.n())));
            }
        }
        if (any == null) {
            return Optional.empty();
        }
        return Optional.of(new ReportTable(
                number,
                "原因与问题的关联（LMG分解）",
                List.of("问题", "原因", "解释份额", "置信区间", "LMG", "R²", "人数"),
                rows,
                "以各类原因得分对问题得分做线性回归，R²按LMG（各原因进入顺序的平均贡献）分解，解释份额为LMG占R²的比例；"
                        + "置信区间为" + any.draws() + "次自助重抽样的" + Math.round(any.confidence() * 100) + "%百分位区间（种子"
                        + any.seed() + "）。横断面调查只反映关联，不能据此断定因果。",
                List.of(3, 3, 3, 5, 2, 2, 2)));
    }

    private static Optional<ReportTable> mainCause(ReportContext c, int number) {
        MainCauseShares main = c.analysis.mainCause();
        if (main == null) {
            return Optional.empty();
        }
        List<List<String>> rows = new ArrayList<>();
        main.overall().forEach(s -> rows.add(List.of("全体", s.label(), percentOrDash(s.percent()))));
        c.firstProfileVariable()
                .ifPresent(variable -> main.byGroup().stream()
                        .filter(g -> g.variable().equals(variable))
                        .forEach(g -> g.shares()
                                .forEach(s -> rows.add(List.of(
                                        g.label(), s.label(), g.suppressed() ? "人数过少" : percentOrDash(s.percent()))))));
        for (MainCauseShares.ProblemView view : main.byProblem()) {
            for (CrossTab.Row row : view.byApplies().rows()) {
                String scope = (row.code().equals("YES") ? "认为存在" : "认为不存在") + view.problemName() + "者";
                for (int i = 0; i < view.byApplies().columns().size(); i++) {
                    rows.add(List.of(
                            scope,
                            view.byApplies().columns().get(i).label(),
                            row.suppressed()
                                    ? "人数过少"
                                    : percentOrDash(row.rowPercents().get(i))));
                }
            }
        }
        return Optional.of(new ReportTable(
                number,
                c.respondents() + "自评的最主要原因",
                List.of("范围", "原因", "比例"),
                rows,
                "比例按范围内回答该题的人数计算；全体" + main.answered() + "人。",
                List.of(6, 5, 2)));
    }

    private static Optional<ReportTable> demand(ReportContext c, int number) {
        CountermeasureDemand demand = c.analysis.demand();
        Optional<Question> question = Variables.measures(c.definition);
        if (demand == null || question.isEmpty()) {
            return Optional.empty();
        }
        List<List<String>> rows = new ArrayList<>();
        for (OptionShare m : demand.measures()) {
            String group = question.get()
                    .option(m.code())
                    .flatMap(o -> question.get().groups().stream()
                            .filter(g -> g.code().equals(o.group()))
                            .findFirst())
                    .map(g -> g.label())
                    .orElse("");
            rows.add(List.of(m.code(), m.label(), group, percentOrDash(m.percent())));
        }
        demand.groups().forEach(g -> rows.add(List.of("", "（本类任一项）", g.label(), percentOrDash(g.percent()))));
        return Optional.of(new ReportTable(
                number,
                c.respondents() + "最需要的措施",
                List.of("代码", "措施", "类别", "选择比例"),
                rows,
                "每人最多选" + question.get().mostChoices() + "项，比例按回答该题的" + demand.answered() + "人计算。",
                List.of(2, 10, 8, 3)));
    }

    private static Optional<ReportTable> reliability(ReportContext c, int number) {
        if (c.analysis.reliability().isEmpty()) {
            return Optional.empty();
        }
        return Optional.of(new ReportTable(
                number,
                "各维度的信度（Cronbach's α）",
                List.of("维度", "条目数", "完整作答人数", "α", "标准化α"),
                c.analysis.reliability().stream()
                        .map(r -> List.of(
                                r.name(),
                                String.valueOf(r.items()),
                                String.valueOf(r.n()),
                                r.rawAlpha() == null ? DASH : Wording.decimal(r.rawAlpha(), 3),
                                r.standardizedAlpha() == null ? DASH : Wording.decimal(r.standardizedAlpha(), 3)))
                        .toList(),
                "α低于" + Wording.LOW_ALPHA + "时，相应结论需审慎解读。",
                List.of(3, 2, 3, 2, 2)));
    }

    static String percentOrDash(Double value) {
        return value == null ? DASH : Wording.percent(value);
    }
}
