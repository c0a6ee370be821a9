package com.lzp.survey.questionnaire;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.closeTo;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.nullValue;

import com.lzp.survey.collection.UnitType;
import com.lzp.survey.testing.DefinitionJson;
import com.lzp.survey.testing.JsonNumbers;
import com.lzp.survey.testing.SurveyFixtures;
import com.lzp.survey.testing.SurveyFixtures.CreatedWave;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import jakarta.inject.Inject;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * A questionnaire uploaded while the service runs is answered and analysed like the built-in one: a six-point scale,
 * reverse-keyed items, an optional profile question, a dimension of role "other", and a measures question where
 * choosing none is an answer. Figures worked out by hand (scale 1–6, reversed = 7 − answer, P1 needs 3 of 4 items):
 *
 * <pre>
 *        P1a P1b P1c(rev) P1d   P1 score             tenure   measures
 *   r1   6   5   1 → 6    6     23/4 = 5.75  applies  LT3      M1
 *   r2   2   2   5 → 2    1     7/4  = 1.75           –        (none)
 *   r3   4   –   3 → 4    4     12/3 = 4     applies  Y3_10    M3 M4
 *   r4   5   4   2 → 5    –     14/3         applies  GE10     M1 M3
 *   r5   3   3   4 → 3    3     3                     –        (none)
 *   r6   –   –   6 → 1    2     – (2 of 4 answered)   LT3      M4
 * </pre>
 */
@QuarkusTest
class UploadedQuestionnaireJourneyTest {

    static final double EXACT = 1e-9;
    static final List<String> OTHER_ITEMS = List.of(
            "E1", "E2", "P2a", "P2b", "P2c", "C1a", "C1b", "C1c", "C2a", "C2b", "C2c", "C2d", "C2e", "O1", "O2");

    @Inject
    SurveyFixtures fixtures;

    CreatedWave wave;

    @BeforeAll
    static void readDecimalsAsDoubles() {
        JsonNumbers.asDoubles();
    }

    @BeforeEach
    void uploadAWaveAndSixResponses() {
        DefinitionJson definition = DefinitionJson.sixPoint();
        given().contentType(ContentType.JSON)
                .body(definition.json())
                .post("/api/questionnaires")
                .then()
                .statusCode(201);
        wave = fixtures.wave(
                definition.code(),
                SurveyFixtures.unit("a", UnitType.PARTY_DEPARTMENT, 4),
                SurveyFixtures.unit("b", UnitType.STATE_ENTERPRISE, 4));
        submit(0, "a", "FULL", "LT3", new Integer[] {6, 5, 1, 6}, List.of("M1"));
        submit(1, "a", "PART", null, new Integer[] {2, 2, 5, 1}, List.of());
        submit(2, "a", "FULL", "Y3_10", new Integer[] {4, null, 3, 4}, List.of("M3", "M4"));
        submit(3, "b", "PART", "GE10", new Integer[] {5, 4, 2, null}, List.of("M1", "M3"));
        submit(4, "b", "FULL", null, new Integer[] {3, 3, 4, 3}, List.of());
        submit(5, "b", "PART", "LT3", new Integer[] {null, null, 6, 2}, List.of("M4"));
    }

    void submit(int r, String unit, String role, String tenure, Integer[] p1, List<String> measures) {
        Map<String, Object> answers = new LinkedHashMap<>();
        answers.put("role", role);
        if (tenure != null) {
            answers.put("tenure", tenure);
        }
        String[] p1Items = {"P1a", "P1b", "P1c", "P1d"};
        for (int i = 0; i < p1Items.length; i++) {
            if (p1[i] != null) {
                answers.put(p1Items[i], p1[i]);
            }
        }
        // the other items vary so that every dimension has a score and the attribution a fit
        for (int i = 0; i < OTHER_ITEMS.size(); i++) {
            answers.put(OTHER_ITEMS.get(i), 1 + (r * 7 + i * 3 + r * i) % 6);
        }
        answers.put("main_cause", r % 3 == 0 ? "C1" : "C2");
        answers.put("measures", measures);
        given().contentType(ContentType.JSON)
                .body(Map.of("submissionId", UUID.randomUUID().toString(), "answers", answers))
                .post("/api/invitations/{token}/responses", wave.token(unit))
                .then()
                .statusCode(201);
    }

    @Test
    void shouldShowAReverseKeyedItemAsAnsweredAndScoreItReversed() {
        given().get("/api/waves/{wave}/summary", wave.code())
                .then()
                .statusCode(200)
                .body("responses", equalTo(6))
                .body("items.find { it.item == 'P1c' }.reverse", equalTo(true))
                .body("items.find { it.item == 'P1c' }.text", equalTo("党务干部普遍乐于投入党建工作。"))
                .body("items.find { it.item == 'P1c' }.points.value", contains(1, 2, 3, 4, 5, 6))
                .body(
                        "items.find { it.item == 'P1c' }.points.label",
                        contains("完全不同意", "比较不同意", "有点不同意", "有点同意", "比较同意", "完全同意"))
                .body("items.find { it.item == 'P1c' }.points.count", contains(1, 1, 1, 1, 1, 1))
                .body("items.find { it.item == 'P1c' }.agreePercent", closeTo(50.0, EXACT))
                .body("items.find { it.item == 'P1c' }.mean", closeTo(3.5, EXACT))
                .body("items.find { it.item == 'P1a' }.reverse", equalTo(false))
                .body("dimensions.dimension", contains("E", "P1", "P2", "C1", "C2", "O"))
                .body("dimensions.find { it.dimension == 'O' }.kind", equalTo("OTHER"))
                .body("dimensions.find { it.dimension == 'P1' }.scored", equalTo(5))
                .body("dimensions.find { it.dimension == 'P1' }.unscored", equalTo(1))
                .body(
                        "dimensions.find { it.dimension == 'P1' }.mean",
                        closeTo((5.75 + 1.75 + 4 + 14.0 / 3 + 3) / 5, EXACT))
                .body("dimensions.find { it.dimension == 'P1' }.applies", equalTo(3))
                .body("dimensions.find { it.dimension == 'P1' }.appliesPercent", closeTo(60.0, EXACT));
    }

    @Test
    void shouldComputeAlphaOnTheReversedItems() {
        // complete cases of P1: r1, r2, r5, as scored (P1c reversed)
        double[][] scored = {{6, 5, 6, 6}, {2, 2, 2, 1}, {3, 3, 3, 3}};

        given().get("/api/waves/{wave}/analysis", wave.code())
                .then()
                .statusCode(200)
                .body("reliability.find { it.dimension == 'P1' }.n", equalTo(3))
                .body("reliability.find { it.dimension == 'P1' }.rawAlpha", closeTo(alpha(scored), EXACT));
    }

    @Test
    void shouldAttributeWhateverProblemsToWhateverCausesTheDefinitionHas() {
        given().get("/api/waves/{wave}/analysis", wave.code())
                .then()
                .statusCode(200)
                .body("attribution.problem", contains("P1", "P2"))
                .body("attribution[0].causes.cause", contains("C1", "C2"))
                .body("attribution[1].causes.cause", contains("C1", "C2"))
                .body("correlations.dimensions", contains("P1", "P2", "C1", "C2"))
                .body(
                        "groupDifferences.findAll { it.variable == 'role' }.dimension",
                        contains("E", "P1", "P2", "C1", "C2", "O"));
    }

    @Test
    void shouldCountChoosingNoMeasureInTheDenominatorAndGiveTheShareAmongThoseWhoChoseAny() {
        given().get("/api/waves/{wave}/analysis", wave.code())
                .then()
                .statusCode(200)
                .body("demand.answered", equalTo(6))
                .body("demand.choseAny", equalTo(4))
                .body("demand.measures.code", contains("M1", "M2", "M3", "M4"))
                .body("demand.measures.count", contains(2, 0, 2, 2))
                .body("demand.measures[0].percent", closeTo(100.0 * 2 / 6, EXACT))
                .body("demand.measures[0].percentOfChoosers", closeTo(50.0, EXACT))
                .body("demand.groups.code", contains("BOOST", "STRENGTHEN"))
                .body("demand.groups[0].count", equalTo(2))
                .body("demand.groups[1].count", equalTo(3))
                .body("demand.groups[1].percent", closeTo(50.0, EXACT))
                .body("demand.groups[1].percentOfChoosers", closeTo(75.0, EXACT))
                .body("mainCause.overall[0].percentOfChoosers", nullValue());
    }

    @Test
    void shouldLeaveAnOptionalProfileQuestionOutOfItsOwnCountsOnly() {
        given().queryParam("row", "tenure")
                .queryParam("column", "P1")
                .get("/api/waves/{wave}/crosstab", wave.code())
                .then()
                .statusCode(200)
                .body("rows.code", contains("LT3", "Y3_10", "GE10"))
                .body("rows.total", contains(1, 1, 1))
                .body("n", equalTo(3));
    }

    @Test
    void shouldServeEveryOutputOfTheUploadedQuestionnaire() {
        List<String> charts = given().get("/api/waves/{wave}/charts", wave.code())
                .then()
                .statusCode(200)
                .extract()
                .path("name");
        for (String chart : charts) {
            given().get("/api/waves/{wave}/charts/{name}.png", wave.code(), chart)
                    .then()
                    .statusCode(200);
        }
        for (String output : List.of(
                "report",
                "report.md",
                "report.docx",
                "committee-summary",
                "responses.csv",
                "responses.xlsx",
                "codebook.json",
                "analysis.xlsx")) {
            given().get("/api/waves/{wave}/" + output, wave.code()).then().statusCode(200);
        }
        given().get("/waves/{wave}/report", wave.code()).then().statusCode(200);
    }

    /** Cronbach's α from its definition: k/(k−1) · (1 − Σ item variances / variance of the total). */
    static double alpha(double[][] rows) {
        int k = rows[0].length;
        double itemVariances = 0;
        for (int j = 0; j < k; j++) {
            double[] column = new double[rows.length];
            for (int r = 0; r < rows.length; r++) {
                column[r] = rows[r][j];
            }
            itemVariances += variance(column);
        }
        double[] totals = new double[rows.length];
        for (int r = 0; r < rows.length; r++) {
            for (double v : rows[r]) {
                totals[r] += v;
            }
        }
        return (double) k / (k - 1) * (1 - itemVariances / variance(totals));
    }

    static double variance(double[] values) {
        double mean = 0;
        for (double v : values) {
            mean += v / values.length;
        }
        double sum = 0;
        for (double v : values) {
            sum += (v - mean) * (v - mean);
        }
        return sum / (values.length - 1);
    }
}
