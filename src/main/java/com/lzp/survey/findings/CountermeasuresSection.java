package com.lzp.survey.findings;

import com.lzp.survey.analysis.CauseAttribution;
import com.lzp.survey.analysis.CountermeasureDemand;
import com.lzp.survey.analysis.OptionShare;
import com.lzp.survey.analysis.ShareRanking;
import com.lzp.survey.analysis.ShareRanking.RankedShare;
import com.lzp.survey.analysis.Variables;
import com.lzp.survey.questionnaire.Dimension;
import com.lzp.survey.questionnaire.OptionGroup;
import com.lzp.survey.questionnaire.Question;
import com.lzp.survey.questionnaire.ReportLabels;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * The part on what to do (对策建议): for each problem, the group of measures that answers the cause it goes with most
 * strongly, and the measures respondents asked for, ranked only as far as the tests allow. Left out when the
 * questionnaire asks for no measures.
 */
final class CountermeasuresSection {

    static final String KEY = "countermeasures";

    private CountermeasuresSection() {}

    static Optional<Written> write(ReportContext c, String heading) {
        Optional<Question> found = Variables.measures(c.definition);
        CountermeasureDemand demand = c.analysis.demand();
        if (found.isEmpty() || demand == null || demand.answered() == 0) {
            return Optional.empty();
        }
        Question question = found.get();
        Draft draft = new Draft(c);
        for (CauseAttribution a : c.analysis.attribution()) {
            matched(draft, c, question, demand, a);
        }
        String conclusion = wanted(draft, c, question);
        return Optional.of(new Written(
                new ReportSection(
                        KEY,
                        heading,
                        draft.paragraphs(),
                        c.texts.get(KEY),
                        draft.notes(),
                        List.of("countermeasure-demand")),
                conclusion));
    }

    /** The measures that answer the cause a problem goes with, most strongly; nothing when that is not clear. */
    private static void matched(
            Draft draft, ReportContext c, Question question, CountermeasureDemand demand, CauseAttribution a) {
        if (a.strongestCause() == null || a.causes().size() < 2) {
            return;
        }
        if (SelfReportWording.clearlyStrongest(a)) {
            Optional<OptionGroup> group = groupFor(c, question, a.strongestCause());
            if (group.isEmpty()) {
                return;
            }
            String measures = demand.measures().stream()
                    .filter(m -> question.option(m.code())
                            .map(o -> group.get().code().equals(o.group()))
                            .orElse(false))
                    .map(m -> ReportLabels.firstClause(m.label()) + "（" + percentOf(m) + "）")
                    .collect(Collectors.joining("、"));
            draft.paragraph()
                    .text("针对" + a.problemName() + "主要与" + c.causeName(a.strongestCause()) + "相关的情况，建议以"
                            + groupName(group.get()) + "为重点"
                            + (measures.isEmpty() ? "" : "，" + c.respondents() + "对这一类措施的选择比例为：" + measures))
                    .see(AppendixTables.Key.DEMAND)
                    .text("。")
                    .end();
        } else {
            List<String> groups = new ArrayList<>();
            groupFor(c, question, a.strongestCause())
                    .map(CountermeasuresSection::groupName)
                    .ifPresent(groups::add);
            groupFor(c, question, a.runnerUp())
                    .map(CountermeasuresSection::groupName)
                    .ifPresent(groups::add);
            if (groups.size() == 2 && !groups.get(0).equals(groups.get(1))) {
                draft.paragraph()
                        .text(a.problemName() + "与" + c.causeName(a.strongestCause()) + "、" + c.causeName(a.runnerUp())
                                + "的关联程度大体相当，建议统筹运用" + groups.get(0) + "和" + groups.get(1) + "两类措施")
                        .see(AppendixTables.Key.DEMAND)
                        .text("。")
                        .end();
            }
        }
    }

    /** What respondents asked for; returns the key conclusion. */
    private static String wanted(Draft draft, ReportContext c, Question question) {
        Draft.Builder paragraph = draft.paragraph().text("从" + c.respondents() + "自身的选择看，");
        String conclusion = null;
        Optional<ShareRanking> measures = c.ranking("measures");
        if (measures.isPresent() && !measures.get().shares().isEmpty()) {
            List<List<RankedShare>> tiers = RankingWording.tiers(measures.get());
            String sentence;
            if (tiers.size() == 1) {
                sentence = "各项措施的选择比例"
                        + Wording.range(
                                last(measures.get()).percent(),
                                measures.get().shares().get(0).percent())
                        + "，大体相当";
            } else {
                List<RankedShare> top = tiers.get(0);
                sentence = "选择比例" + (top.size() == 1 ? "最高的是" : "较高的是")
                        + top.stream()
                                .map(s -> measureName(s) + "（" + Wording.percent(s.percent()) + "）")
                                .collect(Collectors.joining("、"))
                        + "，明显高于其余各项";
                conclusion = c.respondents() + "最希望采取的措施是"
                        + top.stream().map(CountermeasuresSection::measureName).collect(Collectors.joining("、"));
            }
            paragraph
                    .text(sentence)
                    .note(RankingWording.neighbourTests(
                            measures.get(),
                            DimensionWording.names(measures.get(), CountermeasuresSection::measureName)));
        }
        Optional<ShareRanking> groups = c.ranking("measure_groups");
        if (groups.isPresent() && groups.get().shares().size() > 1) {
            List<String> order =
                    question.groups().stream().map(OptionGroup::code).toList();
            String entries = RankingWording.listed(groups.get(), order).stream()
                    .map(s -> "选择" + groupName(s.label()) + "类措施的占" + Wording.percent(s.percent()))
                    .collect(Collectors.joining("，"));
            String verdict = RankingWording.verdict(groups.get(), s -> "选择" + groupName(s.label()) + "类措施");
            paragraph
                    .text("；按类别看（每类至少选择一项即计入），" + entries + (verdict.isEmpty() ? "" : "，" + verdict))
                    .note(RankingWording.neighbourTests(
                            groups.get(), DimensionWording.names(groups.get(), s -> groupName(s.label()))));
            List<List<RankedShare>> tiers = RankingWording.tiers(groups.get());
            if (conclusion == null) {
                conclusion = tiers.size() > 1 && tiers.get(0).size() == 1
                        ? c.respondents() + "选择" + groupName(tiers.get(0).get(0).label()) + "类措施的比例最高"
                        : "各类措施的选择比例大体相当，宜统筹推进";
            }
        }
        paragraph.see(AppendixTables.Key.DEMAND).text("。").end();
        return conclusion;
    }

    private static Optional<OptionGroup> groupFor(ReportContext c, Question question, String cause) {
        if (cause == null) {
            return Optional.empty();
        }
        return c.definition
                .dimension(cause)
                .map(Dimension::countermeasureGroup)
                .flatMap(code -> question.groups().stream()
                        .filter(g -> g.code().equals(code))
                        .findFirst());
    }

    /** 助推剂（提高思想认识） for 助推剂：提高思想认识 */
    static String groupName(OptionGroup group) {
        return groupName(group.label());
    }

    static String groupName(String label) {
        int colon = label.indexOf('：');
        return colon < 0
                ? "“" + label + "”"
                : "“" + label.substring(0, colon) + "”（" + label.substring(colon + 1) + "）";
    }

    private static String measureName(RankedShare share) {
        return ReportLabels.firstClause(share.label());
    }

    private static String percentOf(OptionShare share) {
        return share.percent() == null ? "–" : Wording.percent(share.percent());
    }

    private static RankedShare last(ShareRanking ranking) {
        return ranking.shares().get(ranking.shares().size() - 1);
    }
}
