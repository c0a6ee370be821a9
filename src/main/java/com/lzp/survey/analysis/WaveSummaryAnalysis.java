package com.lzp.survey.analysis;

import com.lzp.survey.questionnaire.Dimension;
import com.lzp.survey.questionnaire.Question;
import com.lzp.survey.questionnaire.QuestionnaireDefinition;
import com.lzp.survey.questionnaire.Scale;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import tech.tablesaw.api.DoubleColumn;
import tech.tablesaw.api.IntColumn;
import tech.tablesaw.api.Table;

/**
 * Frequencies, agreement and dimension scores of a wave (DESIGN.md §3), computed over a
 * {@link ResponseTable}. Pure: the same table gives the same summary.
 */
public final class WaveSummaryAnalysis {

    private WaveSummaryAnalysis() {}

    /**
     * @param responses a {@link ResponseTable} of the responses to analyse, with or without score columns
     * @param units the analysed units, whether or not they have responses
     */
    public static WaveSummary summarize(QuestionnaireDefinition definition, Table responses, List<UnitInfo> units) {
        return summarize(definition, responses, units, true);
    }

    /**
     * @param wholeUnits whether the responses are all those of the units; when not, no response rate is given
     *        (the units' expected numbers are not the selection's denominator)
     */
    public static WaveSummary summarize(
            QuestionnaireDefinition definition, Table responses, List<UnitInfo> units, boolean wholeUnits) {
        List<UnitResponseRate> rates = responseRates(responses, units, wholeUnits);
        long expected = units.stream().mapToLong(UnitInfo::expectedCadres).sum();
        List<ItemFrequencies> items = definition.likertItems().stream()
                .map(q -> frequencies(definition.scale(), q, responses.intColumn(q.code())))
                .toList();
        List<DimensionSummary> dimensions = new ArrayList<>();
        for (Dimension dimension : definition.dimensions()) {
            dimensions.add(
                    summarize(definition.scale(), dimension, DimensionScores.of(definition, dimension, responses)));
        }
        return new WaveSummary(
                responses.rowCount(),
                expected,
                wholeUnits ? Percent.of(responses.rowCount(), expected) : null,
                rates,
                items,
                dimensions,
                wholeUnits);
    }

    static ItemFrequencies frequencies(Scale scale, Question item, IntColumn answers) {
        int missing = answers.countMissing();
        int answered = answers.size() - missing;
        List<ScalePointCount> points = new ArrayList<>();
        for (int value = scale.min(); value <= scale.max(); value++) {
            int count = answers.isEqualTo(value).size();
            points.add(new ScalePointCount(value, scale.labelOf(value), count, Percent.of(count, answered)));
        }
        int agree = answers.isGreaterThanOrEqualTo(scale.agreeFrom()).size();
        return new ItemFrequencies(
                item.code(),
                item.dimension(),
                item.text(),
                answered,
                missing,
                points,
                Percent.of(agree, answered),
                answered == 0 ? null : answers.mean(),
                answered < 2 ? null : answers.standardDeviation(),
                item.reverse());
    }

    static DimensionSummary summarize(Scale scale, Dimension dimension, DoubleColumn scores) {
        int unscored = scores.countMissing();
        int scored = scores.size() - unscored;
        int applies = scores.isGreaterThanOrEqualTo(scale.appliesFrom()).size();
        return new DimensionSummary(
                dimension.code(),
                dimension.kind(),
                dimension.name(),
                dimension.aspect(),
                scored,
                unscored,
                scored == 0 ? null : scores.mean(),
                scored < 2 ? null : scores.standardDeviation(),
                applies,
                Percent.of(applies, scored));
    }

    private static List<UnitResponseRate> responseRates(Table responses, List<UnitInfo> units, boolean wholeUnits) {
        Map<String, Integer> counts = new HashMap<>();
        Table byUnit = responses.stringColumn(ResponseTable.UNIT).countByCategory();
        for (int row = 0; row < byUnit.rowCount(); row++) {
            counts.put(byUnit.stringColumn(0).get(row), byUnit.intColumn(1).get(row));
        }
        return units.stream()
                .sorted((a, b) -> a.code().compareTo(b.code()))
                .map(u -> {
                    int n = counts.getOrDefault(u.code(), 0);
                    return new UnitResponseRate(
                            u.code(),
                            u.name(),
                            u.type(),
                            u.expectedCadres(),
                            n,
                            wholeUnits ? Percent.of(n, u.expectedCadres()) : null);
                })
                .toList();
    }
}
