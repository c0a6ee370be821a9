package com.lzp.survey.analysis;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import com.lzp.survey.analysis.CauseAttribution.CauseShare;
import com.lzp.survey.questionnaire.Question;
import com.lzp.survey.questionnaire.QuestionnaireDefinition;
import com.lzp.survey.testing.Definitions;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.junit.jupiter.api.Test;
import tech.tablesaw.api.Table;

class CauseAttributionTest {

    final QuestionnaireDefinition builtIn = Definitions.builtIn();

    /**
     * A planted structure unlike the demo's: 机制 (C3) drives 热情不高 (P1), 认识 (C1) drives 思路不清 (P2), 能力 (C2)
     * drives 办法不多 (P3); the causes are independent of each other.
     */
    Table planted(int respondents, long seed) {
        Map<String, String> driver = Map.of("P1", "C3", "P2", "C1", "P3", "C2");
        Random random = new Random(seed);
        QuestionnaireDefinition d = builtIn;
        List<RespondentAnswers> rows = new ArrayList<>();
        for (int r = 0; r < respondents; r++) {
            Map<String, Double> factor = new java.util.HashMap<>();
            for (String cause : List.of("C1", "C2", "C3")) {
                factor.put(cause, random.nextGaussian());
            }
            driver.forEach(
                    (problem, cause) -> factor.put(problem, 0.8 * factor.get(cause) + 0.6 * random.nextGaussian()));
            factor.put("E", random.nextGaussian());
            Short[] answers = new Short[d.layout().width()];
            for (Question item : d.likertItems()) {
                long point = Math.round(3 + 0.9 * factor.get(item.dimension()) + 0.5 * random.nextGaussian());
                answers[d.layout().slotOf(item.code())] = (short) Math.max(1, Math.min(5, point));
            }
            for (Question choice : d.singleChoices()) {
                answers[d.layout().slotOf(choice.code())] =
                        (short) (1 + random.nextInt(choice.options().size()));
            }
            rows.add(new RespondentAnswers("U001", "政府部门", answers));
        }
        return DimensionScores.addTo(d, ResponseTable.build(d, rows));
    }

    @Test
    void shouldRecoverWhichCauseDrivesEachProblem() {
        List<CauseAttribution> attribution =
                LmgAttribution.of(builtIn, planted(2000, 11), new AttributionSettings(200, 5, 0.95));

        assertThat(attribution).extracting(CauseAttribution::problem).containsExactly("P1", "P2", "P3");
        assertThat(attribution).extracting(CauseAttribution::strongestCause).containsExactly("C3", "C1", "C2");
        for (CauseAttribution problem : attribution) {
            CauseShare strongest = share(problem, problem.strongestCause());
            assertThat(strongest.sharePercent()).as(problem.problem()).isGreaterThan(90);
            for (CauseShare other : problem.causes()) {
                if (other != strongest) {
                    assertThat(strongest.lmgLower()).as(problem.problem()).isGreaterThan(other.lmgUpper());
                }
            }
        }
    }

    @Test
    void shouldSplitRSquaredExactlyAmongTheCauses() {
        for (CauseAttribution problem :
                LmgAttribution.of(builtIn, planted(500, 3), new AttributionSettings(0, 1, 0.95))) {
            double sum = problem.causes().stream().mapToDouble(CauseShare::lmg).sum();
            assertThat(sum).isCloseTo(problem.rSquared(), within(1e-12));
            assertThat(problem.causes().stream()
                            .mapToDouble(CauseShare::sharePercent)
                            .sum())
                    .isCloseTo(100, within(1e-9));
        }
    }

    @Test
    void shouldGiveTheSameIntervalsForTheSameSeed() {
        Table data = planted(400, 21);

        List<CauseAttribution> first = LmgAttribution.of(builtIn, data, new AttributionSettings(1000, 42, 0.95));
        List<CauseAttribution> second = LmgAttribution.of(builtIn, data, new AttributionSettings(1000, 42, 0.95));
        List<CauseAttribution> otherSeed = LmgAttribution.of(builtIn, data, new AttributionSettings(1000, 43, 0.95));

        assertThat(second).isEqualTo(first);
        assertThat(otherSeed).isNotEqualTo(first);
    }

    @Test
    void shouldPutTheEstimateInsideItsInterval() {
        for (CauseAttribution problem :
                LmgAttribution.of(builtIn, planted(400, 8), new AttributionSettings(1000, 1, 0.95))) {
            for (CauseShare cause : problem.causes()) {
                assertThat(cause.lmgLower()).isLessThanOrEqualTo(cause.lmg());
                assertThat(cause.lmgUpper()).isGreaterThanOrEqualTo(cause.lmg());
                assertThat(cause.shareLower()).isLessThanOrEqualTo(cause.shareUpper());
            }
        }
    }

    @Test
    void shouldNarrowTheIntervalsAsTheSampleGrows() {
        double small = width(LmgAttribution.of(builtIn, planted(200, 4), new AttributionSettings(500, 1, 0.95)));
        double large = width(LmgAttribution.of(builtIn, planted(3200, 4), new AttributionSettings(500, 1, 0.95)));

        assertThat(large).isLessThan(small / 2);
    }

    @Test
    void shouldReportNothingWhenTooFewRespondentsAreScored() {
        List<CauseAttribution> attribution =
                LmgAttribution.of(builtIn, planted(4, 1), new AttributionSettings(100, 1, 0.95));

        assertThat(attribution).allSatisfy(a -> {
            assertThat(a.rSquared()).isNull();
            assertThat(a.causes()).isEmpty();
        });
    }

    static double width(List<CauseAttribution> attribution) {
        CauseShare share = attribution.get(0).causes().get(2);
        return share.lmgUpper() - share.lmgLower();
    }

    static CauseShare share(CauseAttribution attribution, String cause) {
        return attribution.causes().stream()
                .filter(c -> c.cause().equals(cause))
                .findFirst()
                .orElseThrow();
    }
}
