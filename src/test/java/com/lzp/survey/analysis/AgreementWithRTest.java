package com.lzp.survey.analysis;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import com.lzp.survey.analysis.Reliability.ItemReliability;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.assertj.core.api.SoftAssertions;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Every statistic agrees with R to 1e-9 on the fixture datasets. The expected values come from
 * {@code src/test/resources/reference/reference.R} (R with psych), run on the fixtures beside it.
 */
class AgreementWithRTest {

    static final double TOLERANCE = 1e-9;

    static List<String> fixtures() {
        return ReferenceFixtures.ALL;
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("fixtures")
    void shouldAgreeWithRToNineDecimals(String fixture) throws IOException {
        Map<String, Double> expected = expected(fixture);
        WaveAnalysis analysis = WaveAnalyzer.analyze(
                new SurveyData(
                        ReferenceFixtures.definitionOf(fixture),
                        ReferenceFixtures.read(fixture),
                        List.of(),
                        ReferenceFixtures.unitTypes()),
                new AnalysisSettings(5, new AttributionSettings(0, 1, 0.95)));

        Map<String, Double> actual = flatten(analysis);

        assertThat(expected).hasSizeGreaterThan(400);
        SoftAssertions softly = new SoftAssertions();
        expected.forEach((key, value) -> {
            softly.assertThat(actual.get(key)).as(key).isNotNull();
            if (actual.get(key) != null) {
                softly.assertThat(actual.get(key)).as(key).isCloseTo(value, within(TOLERANCE));
            }
        });
        softly.assertAll();
    }

    static Map<String, Double> expected(String fixture) throws IOException {
        Map<String, Double> values = new LinkedHashMap<>();
        try (InputStream in = AgreementWithRTest.class.getResourceAsStream("/reference/expected-" + fixture + ".csv");
                BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
            reader.readLine();
            for (String line = reader.readLine(); line != null; line = reader.readLine()) {
                String[] parts = line.split(",");
                values.put(parts[0].strip(), Double.parseDouble(parts[1].strip()));
            }
        }
        return values;
    }

    /** The analysis under the keys reference.R writes. */
    static Map<String, Double> flatten(WaveAnalysis a) {
        Map<String, Double> out = new LinkedHashMap<>();
        out.put("responses", (double) a.responses());
        for (ItemFrequencies item : a.summary().items()) {
            String key = "item." + item.item();
            out.put(key + ".answered", (double) item.answered());
            out.put(key + ".missing", (double) item.missing());
            out.put(key + ".agree", item.agreePercent());
            out.put(key + ".mean", item.mean());
            out.put(key + ".sd", item.sd());
        }
        for (DimensionSummary dimension : a.summary().dimensions()) {
            String key = "dim." + dimension.dimension();
            out.put(key + ".scored", (double) dimension.scored());
            out.put(key + ".mean", dimension.mean());
            out.put(key + ".sd", dimension.sd());
            out.put(key + ".applies", dimension.appliesPercent());
        }
        for (Reliability reliability : a.reliability()) {
            String key = "alpha." + reliability.dimension();
            out.put(key + ".n", (double) reliability.n());
            out.put(key + ".raw", reliability.rawAlpha());
            out.put(key + ".std", reliability.standardizedAlpha());
            out.put(key + ".average_r", reliability.averageR());
            for (ItemReliability item : reliability.itemStatistics()) {
                out.put(key + "." + item.item() + ".r_drop", item.correctedItemTotal());
                out.put(key + "." + item.item() + ".alpha_drop", item.alphaIfDropped());
            }
        }
        for (CrossTab tab : a.crossTabs()) {
            String key = "xtab." + tab.rowVariable() + "." + tab.columnVariable();
            out.put(key + ".n", (double) tab.n());
            if (tab.test() != null) {
                out.put(key + ".chisq", tab.test().chiSquare());
                out.put(key + ".df", (double) tab.test().df());
                out.put(key + ".p", tab.test().p());
                out.put(key + ".v", tab.test().cramersV());
            }
        }
        for (GroupDifference difference : a.groupDifferences()) {
            String key = "diff." + difference.variable() + "." + difference.dimension();
            out.put(key + ".statistic", difference.statistic());
            out.put(key + ".p", difference.p());
            if (difference.df() != null) {
                out.put(key + ".df", (double) difference.df());
                out.put(key + ".effect", difference.effectSize());
            }
        }
        Correlations correlations = a.correlations();
        for (int i = 0; i < correlations.dimensions().size(); i++) {
            for (int j = 0; j < correlations.dimensions().size(); j++) {
                out.put(
                        "rho." + correlations.dimensions().get(i) + "."
                                + correlations.dimensions().get(j),
                        correlations.rho().get(i).get(j));
            }
        }
        for (CauseAttribution attribution : a.attribution()) {
            String key = "lmg." + attribution.problem();
            out.put(key + ".n", (double) attribution.n());
            out.put(key + ".r2", attribution.rSquared());
            out.put(key + ".adj_r2", attribution.adjustedRSquared());
            for (CauseAttribution.CauseShare cause : attribution.causes()) {
                out.put(key + "." + cause.cause(), cause.lmg());
                out.put("coef." + attribution.problem() + "." + cause.cause(), cause.coefficient());
            }
        }
        for (OptionShare share : a.mainCause().overall()) {
            out.put("main_cause." + share.code(), share.percent());
        }
        out.put("demand.answered", (double) a.demand().answered());
        out.put("demand.chose_any", (double) a.demand().choseAny());
        for (OptionShare share : a.demand().measures()) {
            out.put("measure." + share.code(), share.percent());
            out.put("measure_of_choosers." + share.code(), share.percentOfChoosers());
        }
        for (CountermeasureDemand.GroupDemand group : a.demand().groups()) {
            out.put("measure_group." + group.code(), group.percent());
            out.put("measure_group_of_choosers." + group.code(), group.percentOfChoosers());
        }
        for (ShareRanking ranking : a.rankings()) {
            for (PairedComparison pair : ranking.pairs()) {
                // R names a pair in questionnaire order; the ranking names the higher share first
                for (String key : List.of(
                        "mcnemar." + ranking.subject() + "." + pair.first() + "." + pair.second(),
                        "mcnemar." + ranking.subject() + "." + pair.second() + "." + pair.first())) {
                    out.put(key + ".statistic", pair.statistic());
                    out.put(key + ".p", pair.p());
                }
            }
        }
        for (MainCauseShares.ProblemView view : a.mainCause().byProblem()) {
            String key = "selfreport." + view.problem();
            out.put(key + ".chisq", view.byApplies().test().chiSquare());
            out.put(key + ".p", view.byApplies().test().p());
            for (int i = 0; i < view.byApplies().columns().size(); i++) {
                out.put(
                        key + ".stdres." + view.byApplies().columns().get(i).code(),
                        view.affectedResiduals().get(i));
            }
        }
        return out;
    }
}
