package com.lzp.survey.findings;

import com.lzp.survey.analysis.PairedComparison;
import com.lzp.survey.analysis.ShareRanking;
import com.lzp.survey.analysis.ShareRanking.RankedShare;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * Wording rule for rankings (DESIGN.md §3): shares are ranked only where the ranking's tests say so. The entries
 * fall into tiers; a new tier begins between two neighbours only when every entry above is significantly higher
 * than every entry below (McNemar on the same respondents, p &lt; 0.05). One tier is "大体相当"; "最高" needs a tier
 * of one at the top, "依次" a tier for every entry.
 */
final class RankingWording {

    private RankingWording() {}

    /** The tiers of a ranking, highest first. */
    static List<List<RankedShare>> tiers(ShareRanking ranking) {
        List<RankedShare> shares = ranking.shares();
        List<List<RankedShare>> tiers = new ArrayList<>();
        List<RankedShare> current = new ArrayList<>();
        for (int i = 0; i < shares.size(); i++) {
            current.add(shares.get(i));
            if (i + 1 < shares.size() && separated(ranking, i)) {
                tiers.add(current);
                current = new ArrayList<>();
            }
        }
        if (!current.isEmpty()) {
            tiers.add(current);
        }
        return tiers;
    }

    /** Whether every entry up to {@code last} is significantly higher than every entry after it. */
    private static boolean separated(ShareRanking ranking, int last) {
        List<RankedShare> shares = ranking.shares();
        for (int a = 0; a <= last; a++) {
            for (int b = last + 1; b < shares.size(); b++) {
                PairedComparison test =
                        ranking.pair(shares.get(a).code(), shares.get(b).code()).orElse(null);
                boolean higher = shares.get(a).percent() > shares.get(b).percent();
                if (test == null || test.p() == null || !Wording.significant(test.p()) || !higher) {
                    return false;
                }
            }
        }
        return true;
    }

    /**
     * The entries in the order a sentence should list them: by share when the tiers state an order, in questionnaire
     * order when all are about equal, so that the order of a list never suggests a ranking the tests do not support.
     */
    static List<RankedShare> listed(ShareRanking ranking, List<String> questionnaireOrder) {
        List<RankedShare> listed = new ArrayList<>(ranking.shares());
        if (tiers(ranking).size() == 1) {
            listed.sort((a, b) ->
                    Integer.compare(questionnaireOrder.indexOf(a.code()), questionnaireOrder.indexOf(b.code())));
        }
        return listed;
    }

    /** The verdict of a ranking: 三者大体相当, 其中A的比例最高, 比例依次递减 … (see {@link #verdict(List, Function)}). */
    static String verdict(ShareRanking ranking, Function<RankedShare, String> name) {
        return verdict(tiers(ranking), name);
    }

    /**
     * The verdict alone, for entries listed as {@link #listed} lists them: 二者/三者/各项大体相当 (one tier), 比例依次递减
     * or 前者明显高于后者 (a tier each), 其中A的比例最高，其余大体相当, A的比例最低，其余大体相当, or the tiers as 较高/次之/较低.
     *
     * @param name the entry as a noun before 的比例 (热情不高, 认为主动性不够足)
     */
    static String verdict(List<List<RankedShare>> tiers, Function<RankedShare, String> name) {
        int entries = tiers.stream().mapToInt(List::size).sum();
        if (entries < 2) {
            return "";
        }
        if (tiers.size() == 1) {
            return (entries == 2 ? "二者" : entries == 3 ? "三者" : "各项") + "大体相当";
        }
        if (tiers.stream().allMatch(t -> t.size() == 1)) {
            return entries == 2 ? "前者明显高于后者" : "比例依次递减";
        }
        if (tiers.size() == 2 && tiers.get(0).size() == 1) {
            return "其中" + name.apply(tiers.get(0).get(0)) + "的比例最高，其余"
                    + others(tiers.get(1).size()) + "大体相当";
        }
        if (tiers.size() == 2 && tiers.get(1).size() == 1) {
            return name.apply(tiers.get(1).get(0)) + "的比例最低，其余"
                    + others(tiers.get(0).size()) + "大体相当";
        }
        List<String> parts = new ArrayList<>();
        for (int t = 0; t < tiers.size(); t++) {
            String level = t == 0 ? "较高" : t == tiers.size() - 1 ? "较低" : "次之";
            parts.add(tiers.get(t).stream().map(name).collect(Collectors.joining("、")) + level);
        }
        return "大体可分为" + Wording.chineseNumber(tiers.size()) + "个层次：" + String.join("，", parts);
    }

    private static String others(int count) {
        return count == 2 ? "二者" : "各项";
    }

    /** The McNemar tests between neighbours, for a note: A与B：χ²=…，p=…. */
    static String neighbourTests(ShareRanking ranking, Map<String, String> names) {
        List<String> tests = new ArrayList<>();
        List<RankedShare> shares = ranking.shares();
        for (int i = 0; i + 1 < shares.size(); i++) {
            String a = shares.get(i).code();
            String b = shares.get(i + 1).code();
            ranking.pair(a, b)
                    .ifPresent(test -> tests.add(names.getOrDefault(a, a) + "与" + names.getOrDefault(b, b) + "："
                            + (test.p() == null
                                    ? "两项完全重合，比例相同"
                                    : "χ²=" + Wording.decimal(test.statistic(), 2) + "，" + Wording.p(test.p()))
                            + "（n=" + test.n() + "）"));
        }
        return tests.isEmpty()
                ? ""
                : "相邻两项的比较采用McNemar配对检验（同一批作答者，连续性校正），p<0.05视为差异显著。" + String.join("；", tests) + "。";
    }
}
