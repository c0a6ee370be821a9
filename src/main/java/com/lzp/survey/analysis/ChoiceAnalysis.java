package com.lzp.survey.analysis;

import com.lzp.survey.analysis.CountermeasureDemand.GroupDemand;
import com.lzp.survey.analysis.MainCauseShares.GroupShares;
import com.lzp.survey.analysis.MainCauseShares.ProblemView;
import com.lzp.survey.questionnaire.Dimension;
import com.lzp.survey.questionnaire.Option;
import com.lzp.survey.questionnaire.OptionGroup;
import com.lzp.survey.questionnaire.Question;
import com.lzp.survey.questionnaire.QuestionnaireDefinition;
import java.util.ArrayList;
import java.util.List;
import tech.tablesaw.api.IntColumn;
import tech.tablesaw.api.StringColumn;
import tech.tablesaw.api.Table;
import tech.tablesaw.selection.Selection;

/**
 * Shares of choice answers: the self-reported main cause (overall, by group, and per problem against the measured
 * attribution) and the countermeasures asked for. Numbers only: the report words them.
 */
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
        List<ProblemView> byProblem = new ArrayList<>();
        int[] causeIndex = CategoryIndex.of(answers, categories(question));
        for (CauseAttribution a : attribution) {
            definition
                    .dimension(a.problem())
                    .ifPresent(problem -> byProblem.add(problemView(
                            definition,
                            responses,
                            question,
                            causeIndex,
                            problem,
                            a.strongestCause(),
                            suppressionThreshold)));
        }
        return new MainCauseShares(question.code(), question.name(), answered, overall, byGroup, byProblem);
    }

    /**
     * The main-cause answers of the respondents to whom a problem applies against the others': the cross-tab
     * applies × main cause, its χ² test of independence and the adjusted residuals of the applies row.
     */
    static ProblemView problemView(
            QuestionnaireDefinition definition,
            Table responses,
            Question question,
            int[] causeIndex,
            Dimension problem,
            String strongestMeasured,
            int suppressionThreshold) {
        int[] applies = ShareRankings.applies(definition, problem, responses).values();
        int[] rowIndex = new int[applies.length];
        for (int r = 0; r < applies.length; r++) {
            rowIndex[r] = applies[r] < 0 ? -1 : applies[r] == 1 ? 0 : 1;
        }
        GroupingVariable rows =
                new GroupingVariable("applies." + problem.code(), problem.name(), CrossTabulation.APPLIES_CATEGORIES);
        CrossTab tab = CrossTabulation.tabulate(
                rows,
                rowIndex,
                question.code(),
                question.name(),
                categories(question),
                causeIndex,
                suppressionThreshold);
        boolean anySuppressed = tab.rows().stream().anyMatch(CrossTab.Row::suppressed);
        List<Double> residuals = tab.test() == null || anySuppressed
                ? null
                : CrossTabulation.adjustedResiduals(
                        counts(rowIndex, causeIndex, 2, question.options().size()), 0);
        return new ProblemView(problem.code(), problem.name(), strongestMeasured, tab, residuals);
    }

    private static List<Category> categories(Question question) {
        return question.options().stream()
                .map(o -> new Category(o.code(), o.label()))
                .toList();
    }

    private static int[][] counts(int[] rowIndex, int[] columnIndex, int rows, int columns) {
        int[][] counts = new int[rows][columns];
        for (int r = 0; r < rowIndex.length; r++) {
            if (rowIndex[r] >= 0 && columnIndex[r] >= 0) {
                counts[rowIndex[r]][columnIndex[r]]++;
            }
        }
        return counts;
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
}
