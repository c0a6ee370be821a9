package com.lzp.survey.findings;

import com.lzp.survey.analysis.DimensionSummary;
import com.lzp.survey.analysis.ShareRanking;
import com.lzp.survey.analysis.ShareRanking.RankedShare;
import com.lzp.survey.questionnaire.Dimension;
import com.lzp.survey.questionnaire.DimensionKind;
import com.lzp.survey.questionnaire.Question;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * Sentences shared by the parts on effects, problems and causes: how widely a family of dimensions applies, how
 * much each item of a dimension is agreed with, and the caveat of an unreliable scale.
 */
final class DimensionWording {

    private DimensionWording() {}

    /**
     * "认为A的占x%，认为B的占y%，…，三者大体相当" over a dimension's items, with its McNemar note; empty without
     * answered items.
     */
    static void items(Draft.Builder paragraph, ReportContext c, Dimension dimension, AppendixTables.Key table) {
        Optional<ShareRanking> ranking = c.ranking("items." + dimension.code());
        if (ranking.isEmpty() || ranking.get().shares().isEmpty()) {
            return;
        }
        List<String> order = c.definition.itemsOf(dimension.code()).stream()
                .map(Question::code)
                .toList();
        String entries = RankingWording.listed(ranking.get(), order).stream()
                .map(s -> "认为" + c.statement(s.code()) + "的占" + Wording.percent(s.percent()))
                .collect(Collectors.joining("，"));
        String verdict = RankingWording.verdict(ranking.get(), s -> "认为" + c.statement(s.code()));
        paragraph
                .text((ranking.get().shares().size() > 1 ? "分项看，" : "其中，")
                        + entries
                        + (verdict.isEmpty() ? "" : "，" + verdict))
                .see(table)
                .note(RankingWording.neighbourTests(ranking.get(), names(ranking.get(), s -> c.statement(s.code()))))
                .text("。");
    }

    /** "A、B、C的比例分别为x%、y%、z%，verdict" over the dimensions of a kind, with its McNemar note. */
    static void families(Draft.Builder paragraph, ReportContext c, DimensionKind kind, Function<String, String> name) {
        Optional<ShareRanking> ranking = c.ranking(kind == DimensionKind.PROBLEM ? "problems" : "causes");
        if (ranking.isEmpty() || ranking.get().shares().isEmpty()) {
            return;
        }
        List<String> order = c.dimensionsOf(kind).stream().map(Dimension::code).toList();
        List<RankedShare> listed = RankingWording.listed(ranking.get(), order);
        String verdict = RankingWording.verdict(ranking.get(), s -> name.apply(s.code()));
        paragraph
                .text(listed.stream().map(s -> name.apply(s.code())).collect(Collectors.joining("、"))
                        + (listed.size() > 1 ? "的比例分别为" : "的比例为")
                        + listed.stream().map(s -> Wording.percent(s.percent())).collect(Collectors.joining("、"))
                        + (verdict.isEmpty() ? "" : "，" + verdict))
                .see(AppendixTables.Key.DIMENSIONS)
                .note(RankingWording.neighbourTests(ranking.get(), names(ranking.get(), s -> name.apply(s.code()))));
    }

    /** The note of a dimension's score: mean, applies point, n. */
    static String scoreNote(ReportContext c, DimensionSummary d) {
        return "维度均分" + Wording.score(d.mean()) + "（满分" + c.definition.scale().max() + "分），均分达到"
                + c.definition.scale().appliesFrom() + "分计为" + (d.kind() == DimensionKind.EFFECT ? "认同" : "存在") + "；按"
                + d.scored() + "名有得分的" + c.respondents() + "计算。";
    }

    /** A caveat paragraph when the dimension's items hang together poorly (α below the threshold). */
    static void reliabilityCaveat(Draft draft, ReportContext c, Dimension dimension) {
        c.reliability(dimension.code())
                .filter(r -> r.rawAlpha() != null && r.rawAlpha() < Wording.LOW_ALPHA)
                .ifPresent(r -> {
                    String caveat = "需要说明的是，" + dimension.name() + "各条目的内部一致性偏低，这方面的结论宜结合座谈、访谈等材料审慎解读。";
                    c.caveats.add(dimension.name() + "的内部一致性偏低（α=" + Wording.decimal(r.rawAlpha(), 2) + "）。");
                    draft.paragraph()
                            .text(caveat)
                            .note("Cronbach's α=" + Wording.decimal(r.rawAlpha(), 2) + "，低于" + Wording.LOW_ALPHA + "。")
                            .see(AppendixTables.Key.RELIABILITY)
                            .end();
                });
    }

    static Map<String, String> names(ShareRanking ranking, Function<RankedShare, String> name) {
        return ranking.shares().stream().collect(Collectors.toMap(RankedShare::code, name));
    }
}
