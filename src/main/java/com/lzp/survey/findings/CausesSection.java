package com.lzp.survey.findings;

import com.lzp.survey.analysis.CauseAttribution;
import com.lzp.survey.analysis.CauseAttribution.CauseShare;
import com.lzp.survey.analysis.DimensionSummary;
import com.lzp.survey.analysis.MainCauseShares;
import com.lzp.survey.analysis.ShareRanking;
import com.lzp.survey.questionnaire.Dimension;
import com.lzp.survey.questionnaire.DimensionKind;
import com.lzp.survey.questionnaire.Option;
import com.lzp.survey.questionnaire.Question;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * The part on the causes (原因剖析): how widely each cause is acknowledged, which cause each problem goes with most
 * strongly (an association, never a cause: "与…关联最为密切", and only when the bootstrap says the strongest is
 * clearly ahead), and the respondents' own view compared like with like.
 */
final class CausesSection {

    static final String KEY = "causes";

    private CausesSection() {}

    /** Empty when the questionnaire has no cause dimension with scores. */
    static Optional<Written> write(ReportContext c, String heading) {
        List<DimensionSummary> causes = c.scored(DimensionKind.CAUSE);
        if (causes.isEmpty()) {
            return Optional.empty();
        }
        Draft draft = new Draft(c);
        Draft.Builder overview = draft.paragraph().text("从" + c.respondents() + "对各类原因的认同情况看，认同存在");
        DimensionWording.families(overview, c, DimensionKind.CAUSE, c::causeName);
        overview.text("。").end();
        int number = 0;
        for (DimensionSummary cause : causes) {
            Dimension dimension = c.definition.dimension(cause.dimension()).orElseThrow();
            number++;
            Draft.Builder paragraph = draft.paragraph(
                            "（" + Wording.chineseNumber(number) + "）" + c.causeName(cause.dimension()) + "。")
                    .text(Wording.share(cause.appliesPercent()) + "（" + Wording.percent(cause.appliesPercent()) + "）的"
                            + c.respondents() + "认同存在这方面的原因")
                    .note(DimensionWording.scoreNote(c, cause))
                    .text("。");
            DimensionWording.items(paragraph, c, dimension, AppendixTables.Key.CAUSE_ITEMS);
            paragraph.end();
            DimensionWording.reliabilityCaveat(draft, c, dimension);
        }
        List<String> conclusions = new ArrayList<>();
        number = associations(draft, c, number, conclusions);
        selfReport(draft, c, number, conclusions);
        return Optional.of(new Written(
                new ReportSection(
                        KEY,
                        heading,
                        draft.paragraphs(),
                        c.texts.get(KEY),
                        draft.notes(),
                        List.of("cause-attribution", "problem-cause-correlations", "likert-causes")),
                conclusions.isEmpty() ? null : String.join("；", conclusions)));
    }

    /** Which cause each problem goes with, most strongly; returns the sub-heading number used. */
    private static int associations(Draft draft, ReportContext c, int number, List<String> conclusions) {
        List<CauseAttribution> fitted = c.analysis.attribution().stream()
                .filter(a -> a.rSquared() != null && !a.causes().isEmpty())
                .toList();
        if (fitted.isEmpty()) {
            return number;
        }
        Draft.Builder paragraph = draft.paragraph("（" + Wording.chineseNumber(number + 1) + "）原因与问题的关联。")
                .text("进一步分析各类原因与问题的关联");
        paragraph.see(AppendixTables.Key.ATTRIBUTION).text("，");
        List<String> caveats = new ArrayList<>();
        for (int i = 0; i < fitted.size(); i++) {
            CauseAttribution a = fitted.get(i);
            String sentence = association(c, a);
            paragraph.text(sentence).note(attributionNote(c, a)).text(i + 1 < fitted.size() ? "；" : "。");
            if (a.causes().size() > 1) {
                conclusions.add(sentence);
            }
            if (a.rSquared() < Wording.LOW_R_SQUARED) {
                caveats.add("各类原因合计只能解释" + a.problemName() + "差异的一小部分，可能另有原因未纳入调查");
            }
            CauseShare strongest = strongest(a);
            if (SelfReportWording.clearlyStrongest(a)
                    && strongest.shareLower() != null
                    && strongest.shareUpper() - strongest.shareLower() > Wording.WIDE_INTERVAL) {
                caveats.add(a.problemName() + "的关联份额估计区间较宽（"
                        + Wording.interval(strongest.shareLower(), strongest.shareUpper()) + "），份额大小需谨慎对待");
            }
        }
        paragraph.text("需要说明的是，问卷调查只能反映原因与问题之间的关联，不能据此断定因果。");
        paragraph.end();
        for (String caveat : caveats) {
            draft.caveat(caveat + "。");
        }
        return number + 1;
    }

    /**
     * 热情不高与思想认识不到位关联最为密切, or 热情不高与A、B的关联程度大体相当 when the lead is not clear: a
     * sentence of association, never of cause.
     */
    static String association(ReportContext c, CauseAttribution a) {
        if (a.causes().size() == 1) {
            return a.problemName() + "与" + c.causeName(a.causes().get(0).cause()) + "的关联见附表";
        }
        if (SelfReportWording.clearlyStrongest(a)) {
            return a.problemName() + "与" + c.causeName(a.strongestCause()) + "关联最为密切";
        }
        return a.problemName() + "与" + c.causeName(a.strongestCause()) + "、" + c.causeName(a.runnerUp()) + "的关联程度大体相当";
    }

    private static String attributionNote(ReportContext c, CauseAttribution a) {
        String shares = a.causes().stream()
                .map(s -> c.causeName(s.cause())
                        + Wording.percent(s.sharePercent())
                        + (s.shareLower() == null ? "" : "（" + Wording.interval(s.shareLower(), s.shareUpper()) + "）"))
                .collect(Collectors.joining("，"));
        String lead = a.leadLower() == null
                ? ""
                : "；最强与次强原因份额之差的" + Math.round(a.confidence() * 100) + "%区间为"
                        + Wording.decimal(a.leadLower(), 1) + "至" + Wording.decimal(a.leadUpper(), 1) + "个百分点"
                        + (a.leadLower() > 0 ? "，不含0" : "，含0，二者难分高下");
        return "R²=" + Wording.decimal(a.rSquared(), 3) + "（n=" + a.n() + "），按LMG分解的解释份额为" + shares + lead + "。";
    }

    private static CauseShare strongest(CauseAttribution a) {
        return a.causes().stream()
                .filter(s -> s.cause().equals(a.strongestCause()))
                .findFirst()
                .orElseThrow();
    }

    /** The respondents' own view: overall, then like with like for each problem. */
    private static void selfReport(Draft draft, ReportContext c, int number, List<String> conclusions) {
        MainCauseShares main = c.analysis.mainCause();
        Optional<Question> question = c.mainCauseQuestion();
        if (main == null || main.answered() == 0 || question.isEmpty()) {
            return;
        }
        Draft.Builder paragraph = draft.paragraph(
                        "（" + Wording.chineseNumber(number + 1) + "）" + c.respondents() + "的自我判断。")
                .text("在" + c.respondents() + "自评的最主要原因中，");
        Optional<ShareRanking> ranking = c.ranking(main.question());
        ranking.ifPresent(r -> {
            List<String> order =
                    question.get().options().stream().map(Option::code).toList();
            String entries = RankingWording.listed(r, order).stream()
                    .map(s -> "选择" + s.label() + "的占" + Wording.percent(s.percent()))
                    .collect(Collectors.joining("，"));
            String verdict = RankingWording.verdict(r, s -> "选择" + s.label());
            paragraph
                    .text(entries + (verdict.isEmpty() ? "" : "，" + verdict))
                    .see(AppendixTables.Key.MAIN_CAUSE)
                    .note(RankingWording.neighbourTests(r, DimensionWording.names(r, s -> s.label())))
                    .text("。");
        });
        List<String> differs = new ArrayList<>();
        for (MainCauseShares.ProblemView view : main.byProblem()) {
            CauseAttribution attribution = c.analysis.attribution().stream()
                    .filter(a -> a.problem().equals(view.problem()))
                    .findFirst()
                    .orElse(null);
            SelfReportWording.Judgement judgement = SelfReportWording.judge(view, attribution, question.get());
            String measured = attribution == null || attribution.strongestCause() == null
                    ? ""
                    : c.causeName(attribution.strongestCause());
            Optional<String> sentence = SelfReportWording.sentence(
                    judgement,
                    view,
                    c.respondents(),
                    measured,
                    judgement.named() == null ? "" : judgement.named().label());
            if (sentence.isEmpty()) {
                continue;
            }
            var test = view.byApplies().test();
            paragraph
                    .text(sentence.get())
                    .note("认为存在与不存在" + view.problemName() + "问题的" + c.respondents() + "对最主要原因的选择："
                            + Wording.chiSquare(test.chiSquare(), test.df(), test.p()) + "，n="
                            + view.byApplies().n() + "。")
                    .text("。");
            if (judgement.verdict() == SelfReportWording.Verdict.DIFFERS) {
                differs.add(view.problemName());
            }
        }
        paragraph.end();
        if (!differs.isEmpty()) {
            conclusions.add("在" + String.join("、", differs) + "问题上，" + c.respondents() + "的自我判断与关联分析的结果不一致，值得进一步核实");
        }
    }
}
