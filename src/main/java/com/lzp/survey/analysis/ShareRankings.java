package com.lzp.survey.analysis;

import com.lzp.survey.analysis.ShareRanking.RankedShare;
import com.lzp.survey.questionnaire.Dimension;
import com.lzp.survey.questionnaire.DimensionKind;
import com.lzp.survey.questionnaire.Option;
import com.lzp.survey.questionnaire.OptionGroup;
import com.lzp.survey.questionnaire.Question;
import com.lzp.survey.questionnaire.QuestionnaireDefinition;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.stream.IntStream;
import tech.tablesaw.api.DoubleColumn;
import tech.tablesaw.api.IntColumn;
import tech.tablesaw.api.StringColumn;
import tech.tablesaw.api.Table;

/**
 * Every ranking the report may state, with the paired tests that decide whether it may (see {@link ShareRanking}):
 * the problem and the cause dimensions by how widely they apply, each dimension's items by agreement, the measures
 * and their groups by how often they were chosen, and the options of the main-cause question.
 */
public final class ShareRankings {

    /** One yes/no indicator per respondent: 1 yes, 0 no, −1 missing. */
    record Indicator(String code, String label, int[] values) {}

    private ShareRankings() {}

    /** @param scored a response table with the dimension score columns */
    public static List<ShareRanking> of(QuestionnaireDefinition definition, Table scored) {
        List<ShareRanking> rankings = new ArrayList<>();
        for (DimensionKind kind : List.of(DimensionKind.PROBLEM, DimensionKind.CAUSE)) {
            List<Indicator> applies = definition.dimensionsOf(kind).stream()
                    .map(d -> applies(definition, d, scored))
                    .toList();
            rankings.add(rank(kind == DimensionKind.PROBLEM ? "problems" : "causes", applies));
        }
        for (Dimension dimension : definition.dimensions()) {
            rankings.add(rank(
                    "items." + dimension.code(),
                    definition.itemsOf(dimension.code()).stream()
                            .map(q -> agrees(definition, q, scored))
                            .toList()));
        }
        Variables.measures(definition).ifPresent(q -> {
            rankings.add(rank("measures", chosen(q, scored)));
            rankings.add(rank("measure_groups", groups(q, scored)));
        });
        Variables.mainCause(definition).ifPresent(q -> rankings.add(rank(q.code(), options(q, scored))));
        return rankings;
    }

    /** Ranks the indicators by share, largest first, and tests every pair. */
    static ShareRanking rank(String subject, List<Indicator> indicators) {
        List<Indicator> present = new ArrayList<>();
        List<RankedShare> shares = new ArrayList<>();
        for (Indicator indicator : indicators) {
            int n = 0;
            int count = 0;
            for (int value : indicator.values()) {
                if (value >= 0) {
                    n++;
                    count += value;
                }
            }
            if (n > 0) {
                present.add(indicator);
                shares.add(new RankedShare(indicator.code(), indicator.label(), count, n, 100.0 * count / n));
            }
        }
        // a stable sort keeps equal shares in questionnaire order
        List<Integer> order = IntStream.range(0, shares.size())
                .boxed()
                .sorted(Comparator.comparingDouble((Integer i) -> shares.get(i).percent())
                        .reversed())
                .toList();
        List<RankedShare> ranked = order.stream().map(shares::get).toList();
        List<PairedComparison> pairs = new ArrayList<>();
        for (int i = 0; i < order.size(); i++) {
            for (int j = i + 1; j < order.size(); j++) {
                Indicator first = present.get(order.get(i));
                Indicator second = present.get(order.get(j));
                pairs.add(McNemar.compare(first.code(), first.values(), second.code(), second.values()));
            }
        }
        return new ShareRanking(subject, ranked, pairs);
    }

    static Indicator applies(QuestionnaireDefinition definition, Dimension dimension, Table scored) {
        DoubleColumn score = DimensionScores.of(definition, dimension, scored);
        int[] values = new int[score.size()];
        for (int r = 0; r < values.length; r++) {
            values[r] = score.isMissing(r)
                    ? -1
                    : score.getDouble(r) >= definition.scale().appliesFrom() ? 1 : 0;
        }
        return new Indicator(dimension.code(), dimension.name(), values);
    }

    private static Indicator agrees(QuestionnaireDefinition definition, Question item, Table scored) {
        IntColumn answers = scored.intColumn(item.code());
        int[] values = new int[answers.size()];
        for (int r = 0; r < values.length; r++) {
            values[r] = answers.isMissing(r)
                    ? -1
                    : answers.getInt(r) >= definition.scale().agreeFrom() ? 1 : 0;
        }
        return new Indicator(item.code(), item.text(), values);
    }

    private static List<Indicator> chosen(Question measures, Table scored) {
        return measures.options().stream()
                .map(o -> new Indicator(o.code(), o.label(), zeroOne(scored, measures, o)))
                .toList();
    }

    private static List<Indicator> groups(Question measures, Table scored) {
        List<Indicator> groups = new ArrayList<>();
        for (OptionGroup group : measures.groups()) {
            int[] any = null;
            for (Option option : measures.options()) {
                if (!group.code().equals(option.group())) {
                    continue;
                }
                int[] values = zeroOne(scored, measures, option);
                if (any == null) {
                    any = values;
                } else {
                    for (int r = 0; r < any.length; r++) {
                        any[r] = any[r] < 0 || values[r] < 0 ? -1 : Math.max(any[r], values[r]);
                    }
                }
            }
            if (any != null) {
                groups.add(new Indicator(group.code(), group.label(), any));
            }
        }
        return groups;
    }

    private static int[] zeroOne(Table scored, Question question, Option option) {
        IntColumn column = scored.intColumn(ResponseTable.multiColumn(question.code(), option.code()));
        int[] values = new int[column.size()];
        for (int r = 0; r < values.length; r++) {
            values[r] = column.isMissing(r) ? -1 : column.getInt(r) == 1 ? 1 : 0;
        }
        return values;
    }

    private static List<Indicator> options(Question question, Table scored) {
        StringColumn answers = scored.stringColumn(question.code());
        return question.options().stream()
                .map(o -> {
                    int[] values = new int[answers.size()];
                    for (int r = 0; r < values.length; r++) {
                        values[r] = answers.isMissing(r) ? -1 : o.code().equals(answers.get(r)) ? 1 : 0;
                    }
                    return new Indicator(o.code(), o.label(), values);
                })
                .toList();
    }
}
