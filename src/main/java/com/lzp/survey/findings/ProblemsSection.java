package com.lzp.survey.findings;

import com.lzp.survey.analysis.CrossTab;
import com.lzp.survey.analysis.DimensionSummary;
import com.lzp.survey.questionnaire.Dimension;
import com.lzp.survey.questionnaire.DimensionKind;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * The part on the problems (存在问题): how widely each applies, ranked only as far as the tests allow; each problem's
 * manifestations; the comparison by the first profile question, worded by its χ² test.
 */
final class ProblemsSection {

    static final String KEY = "problems";

    private ProblemsSection() {}

    /** Empty when the questionnaire has no problem dimension with scores. */
    static Optional<Written> write(ReportContext c, String heading) {
        List<DimensionSummary> problems = c.scored(DimensionKind.PROBLEM);
        if (problems.isEmpty()) {
            return Optional.empty();
        }
        Draft draft = new Draft(c);
        Draft.Builder overview = draft.paragraph()
                .text("以维度均分达到" + c.definition.scale().appliesFrom() + "分视为存在该问题。调查显示，" + c.respondents() + "认为存在");
        DimensionWording.families(overview, c, DimensionKind.PROBLEM, c::dimensionName);
        overview.text("。").end();
        int number = 0;
        for (DimensionSummary problem : problems) {
            Dimension dimension = c.definition.dimension(problem.dimension()).orElseThrow();
            number++;
            Draft.Builder paragraph = draft.paragraph("（" + Wording.chineseNumber(number) + "）" + problem.name() + "。")
                    .text((problem.aspect() == null || problem.aspect().equals(problem.name())
                                    ? ""
                                    : "在" + problem.aspect() + "方面，")
                            + Wording.share(problem.appliesPercent()) + "（" + Wording.percent(problem.appliesPercent())
                            + "）的"
                            + c.respondents() + "认为存在" + problem.name() + "问题")
                    .note(DimensionWording.scoreNote(c, problem))
                    .text("。");
            DimensionWording.items(paragraph, c, dimension, AppendixTables.Key.PROBLEM_ITEMS);
            groupComparison(paragraph, c, problem.dimension());
            paragraph.end();
            DimensionWording.reliabilityCaveat(draft, c, dimension);
        }
        return Optional.of(new Written(
                new ReportSection(
                        KEY,
                        heading,
                        draft.paragraphs(),
                        c.texts.get(KEY),
                        draft.notes(),
                        List.of("problem-applies", "likert-problems", "problem-applies-by-role")),
                conclusion(c, problems)));
    }

    /** "…不同程度存在，认为存在的比例在x%至y%之间，三者大体相当" */
    private static String conclusion(ReportContext c, List<DimensionSummary> problems) {
        String names = problems.stream().map(DimensionSummary::name).collect(Collectors.joining("、"));
        if (problems.size() == 1) {
            DimensionSummary only = problems.get(0);
            return Wording.share(only.appliesPercent()) + "（" + Wording.percent(only.appliesPercent()) + "）的"
                    + c.respondents() + "认为存在" + only.name() + "问题";
        }
        double low = problems.stream()
                .mapToDouble(DimensionSummary::appliesPercent)
                .min()
                .orElse(0);
        double high = problems.stream()
                .mapToDouble(DimensionSummary::appliesPercent)
                .max()
                .orElse(0);
        String verdict = c.ranking("problems")
                .map(r -> RankingWording.verdict(r, s -> c.dimensionName(s.code())))
                .orElse("");
        return names + "等问题不同程度存在，认为存在的" + c.respondents() + "比例" + Wording.range(low, high)
                + (verdict.isEmpty() ? "" : "，" + verdict);
    }

    /**
     * The first profile question's comparison for one problem: 差异不明显 unless the χ² test is significant; with two
     * groups the higher is named, with more only the range (a significant χ² does not rank more than two groups).
     * Suppressed groups are never described.
     */
    static void groupComparison(Draft.Builder paragraph, ReportContext c, String problem) {
        Optional<CrossTab> found = c.firstProfileVariable().flatMap(v -> c.crossTab(v, problem));
        if (found.isEmpty() || found.get().test() == null) {
            return;
        }
        CrossTab tab = found.get();
        List<CrossTab.Row> shown = tab.rows().stream()
                .filter(r -> !r.suppressed() && r.total() > 0 && r.rowPercents().get(0) != null)
                .toList();
        if (shown.size() < 2) {
            return;
        }
        String test = Wording.chiSquare(
                        tab.test().chiSquare(), tab.test().df(), tab.test().p()) + "，n=" + tab.n()
                + (tab.test().cellsBelowFive() > 0 ? "；有期望频数小于5的单元格，检验结果仅供参考" : "") + "。";
        String groupName = "分" + tab.rowName() + "看，";
        if (!Wording.significant(tab.test().p())) {
            paragraph.text(groupName + join(shown) + "认为存在该问题的比例分别为"
                    + shown.stream()
                            .map(r -> Wording.percent(r.rowPercents().get(0)))
                            .collect(Collectors.joining("、"))
                    + "，差异不明显");
        } else if (shown.size() == 2 && tab.rows().stream().noneMatch(CrossTab.Row::suppressed)) {
            List<CrossTab.Row> ordered = shown.stream()
                    .sorted(Comparator.comparing(
                                    (CrossTab.Row r) -> r.rowPercents().get(0))
                            .reversed())
                    .toList();
            paragraph.text(groupName + ordered.get(0).label() + "认为存在该问题的比例（"
                    + Wording.percent(ordered.get(0).rowPercents().get(0)) + "）明显高于"
                    + ordered.get(1).label() + "（"
                    + Wording.percent(ordered.get(1).rowPercents().get(0)) + "）");
        } else {
            double low = shown.stream()
                    .mapToDouble(r -> r.rowPercents().get(0))
                    .min()
                    .orElse(0);
            double high = shown.stream()
                    .mapToDouble(r -> r.rowPercents().get(0))
                    .max()
                    .orElse(0);
            paragraph.text(groupName + "各组认为存在该问题的比例" + Wording.range(low, high) + "，组间差异明显");
        }
        paragraph.see(AppendixTables.Key.PROBLEMS_BY_GROUP).note(test).text("。");
    }

    private static String join(List<CrossTab.Row> rows) {
        if (rows.size() == 2) {
            return rows.get(0).label() + "和" + rows.get(1).label();
        }
        return rows.stream().map(CrossTab.Row::label).collect(Collectors.joining("、"));
    }
}
