package com.lzp.survey.analysis;

import com.lzp.survey.analysis.CountermeasureDemand.GroupDemand;
import com.lzp.survey.analysis.MainCauseShares.Comparison;
import com.lzp.survey.analysis.MainCauseShares.GroupShares;
import com.lzp.survey.questionnaire.Option;
import com.lzp.survey.questionnaire.OptionGroup;
import com.lzp.survey.questionnaire.Question;
import com.lzp.survey.questionnaire.QuestionnaireDefinition;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import tech.tablesaw.api.IntColumn;
import tech.tablesaw.api.StringColumn;
import tech.tablesaw.api.Table;
import tech.tablesaw.selection.Selection;

/** Shares of choice answers: the self-reported main cause and the countermeasures asked for. */
public final class ChoiceAnalysis {

    private ChoiceAnalysis() {}

    public static MainCauseShares mainCause(
            QuestionnaireDefinition definition,
            Table responses,
            Question question,
            List<GroupingVariable> grouping,
            List<CauseAttribution> attribution,
            int suppressionThreshold) {
        StringColumn answers = responses.stringColumn(question.code());
        int answered = answers.size() - answers.countMissing();
        List<OptionShare> overall = shares(question, answers, false);
        List<GroupShares> byGroup = new ArrayList<>();
        for (GroupingVariable variable : grouping) {
            StringColumn group = responses.stringColumn(variable.column());
            for (Category category : variable.categories()) {
                StringColumn within = answers.where(group.isEqualTo(category.code()));
                int n = within.size() - within.countMissing();
                boolean suppressed = n < suppressionThreshold;
                byGroup.add(new GroupShares(
                        variable.column(),
                        variable.name(),
                        category.code(),
                        category.label(),
                        n,
                        suppressed,
                        shares(question, within, suppressed)));
            }
        }
        String mostNamed = overall.stream()
                .filter(s -> s.count() != null && s.count() > 0)
                .max(Comparator.comparingInt(OptionShare::count))
                .map(OptionShare::dimension)
                .orElse(null);
        List<Comparison> comparisons = attribution.stream()
                .filter(a -> a.strongestCause() != null && mostNamed != null)
                .map(a -> new Comparison(
                        a.problem(),
                        a.problemName(),
                        a.strongestCause(),
                        mostNamed,
                        a.strongestCause().equals(mostNamed)))
                .toList();
        return new MainCauseShares(
                question.code(),
                question.name(),
                answered,
                overall,
                byGroup,
                comparisons,
                statement(definition, comparisons, overall));
    }

    /**
     * Shares over everyone who answered the question — choosing none is an answer, and counts in the denominator
     * (DESIGN.md §3) — and, beside them, over those who chose at least one option.
     */
    public static CountermeasureDemand demand(QuestionnaireDefinition definition, Table responses, Question question) {
        List<IntColumn> chosen = question.options().stream()
                .map(o -> responses.intColumn(ResponseTable.multiColumn(question.code(), o.code())))
                .toList();
        // an answered question has every option slot 0 or 1; an unanswered one has every slot missing
        Selection answeredRows = chosen.get(0).isNotMissing();
        int answered = answeredRows.size();
        Selection anyRows = Selection.with();
        for (IntColumn option : chosen) {
            anyRows.or(option.isEqualTo(1));
        }
        int choseAny = anyRows.size();
        List<OptionShare> measures = new ArrayList<>();
        for (int i = 0; i < chosen.size(); i++) {
            Option option = question.options().get(i);
            int count = chosen.get(i).isEqualTo(1).size();
            measures.add(new OptionShare(
                    option.code(),
                    option.label(),
                    option.dimension(),
                    count,
                    Percent.of(count, answered),
                    Percent.of(count, choseAny)));
        }
        List<GroupDemand> groups = new ArrayList<>();
        for (OptionGroup group : question.groups()) {
            Selection any = Selection.with();
            for (int i = 0; i < chosen.size(); i++) {
                if (group.code().equals(question.options().get(i).group())) {
                    any.or(chosen.get(i).isEqualTo(1));
                }
            }
            List<String> addresses = definition.dimensions().stream()
                    .filter(d -> group.code().equals(d.countermeasureGroup()))
                    .map(d -> d.code())
                    .toList();
            groups.add(new GroupDemand(
                    group.code(),
                    group.label(),
                    addresses,
                    any.size(),
                    Percent.of(any.size(), answered),
                    Percent.of(any.size(), choseAny)));
        }
        return new CountermeasureDemand(question.code(), question.name(), answered, measures, groups, choseAny);
    }

    private static List<OptionShare> shares(Question question, StringColumn answers, boolean suppressed) {
        int answered = answers.size() - answers.countMissing();
        return question.options().stream()
                .map(o -> {
                    int count = answers.isEqualTo(o.code()).size();
                    return new OptionShare(
                            o.code(),
                            o.label(),
                            o.dimension(),
                            suppressed ? null : count,
                            suppressed ? null : Percent.of(count, answered),
                            null);
                })
                .toList();
    }

    private static String statement(
            QuestionnaireDefinition definition, List<Comparison> comparisons, List<OptionShare> overall) {
        if (comparisons.isEmpty()) {
            return "样本不足，无法比较统计归因与干部自评。";
        }
        String mostNamed = comparisons.get(0).mostNamed();
        String named = nameOf(definition, mostNamed);
        List<String> agreeing = comparisons.stream()
                .filter(Comparison::agrees)
                .map(Comparison::problemName)
                .toList();
        List<String> differing = comparisons.stream()
                .filter(c -> !c.agrees())
                .map(c -> c.problemName() + "（统计上「" + nameOf(definition, c.strongestMeasured()) + "」最强）")
                .toList();
        Double percent = overall.stream()
                .filter(s -> Objects.equals(s.dimension(), mostNamed))
                .findFirst()
                .map(OptionShare::percent)
                .orElse(null);
        String head = "干部自评中选择「" + named + "」为主要原因的最多"
                + (percent == null ? "" : "（" + String.format("%.1f", percent) + "%）") + "；";
        if (differing.isEmpty()) {
            return head + "统计归因对各类问题的结果与自评一致。";
        }
        if (agreeing.isEmpty()) {
            return head + "统计归因与自评不一致：" + String.join("、", differing) + "。";
        }
        return head + "统计归因在" + String.join("、", agreeing) + "上与自评一致，在" + String.join("、", differing) + "上不一致。";
    }

    private static String nameOf(QuestionnaireDefinition definition, String dimension) {
        return definition.dimension(dimension).map(d -> d.name()).orElse(dimension);
    }
}
