package com.lzp.survey.analysis;

import com.lzp.survey.questionnaire.Dimension;
import com.lzp.survey.questionnaire.DimensionKind;
import com.lzp.survey.questionnaire.Question;
import com.lzp.survey.questionnaire.QuestionnaireDefinition;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import tech.tablesaw.api.Table;

/** Runs every statistic over one selection of responses. Pure: the same data and settings give the same result. */
public final class WaveAnalyzer {

    private WaveAnalyzer() {}

    public static WaveAnalysis analyze(SurveyData data, AnalysisSettings settings) {
        QuestionnaireDefinition definition = data.definition();
        Table responses = data.responses();
        int threshold = settings.suppressionThreshold();
        if (responses.rowCount() < threshold) {
            return new WaveAnalysis(
                    responses.rowCount(),
                    true,
                    threshold,
                    null,
                    List.of(),
                    List.of(),
                    List.of(),
                    null,
                    List.of(),
                    null,
                    null,
                    List.of(),
                    List.of());
        }
        Table scored = DimensionScores.addTo(definition, responses);
        List<GroupingVariable> grouping = Variables.grouping(definition, data.unitTypes());
        List<Dimension> problems = definition.dimensionsOf(DimensionKind.PROBLEM);
        Optional<Question> mainCause = Variables.mainCause(definition);

        List<CrossTab> crossTabs = new ArrayList<>();
        List<Composition> composition = new ArrayList<>();
        List<GroupDifference> differences = new ArrayList<>();
        for (GroupingVariable variable : grouping) {
            int[] groups = CategoryIndex.of(scored.stringColumn(variable.column()), variable.categories());
            composition.add(Composition.of(variable, groups, threshold));
            for (Dimension problem : problems) {
                crossTabs.add(CrossTabulation.byDimension(definition, scored, variable, groups, problem, threshold));
            }
            mainCause.ifPresent(q -> crossTabs.add(CrossTabulation.byChoice(scored, variable, groups, q, threshold)));
            for (Dimension dimension : definition.dimensions()) {
                differences.add(GroupComparison.of(scored, variable, groups, dimension, threshold));
            }
        }
        List<CauseAttribution> attribution = LmgAttribution.of(definition, scored, settings.attribution());
        return new WaveAnalysis(
                responses.rowCount(),
                false,
                threshold,
                WaveSummaryAnalysis.summarize(definition, scored, data.units(), data.wholeUnits()),
                ReliabilityAnalysis.of(definition, responses),
                crossTabs,
                differences,
                SpearmanCorrelations.of(scored, Variables.problemsAndCauses(definition)),
                attribution,
                mainCause
                        .map(q -> ChoiceAnalysis.mainCause(definition, scored, q, grouping, attribution, threshold))
                        .orElse(null),
                Variables.measures(definition)
                        .map(q -> ChoiceAnalysis.demand(definition, scored, q))
                        .orElse(null),
                ShareRankings.of(definition, scored),
                composition);
    }
}
