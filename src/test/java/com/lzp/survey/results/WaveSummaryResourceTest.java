package com.lzp.survey.results;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.closeTo;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.nullValue;

import com.lzp.survey.collection.UnitType;
import com.lzp.survey.testing.Answers;
import com.lzp.survey.testing.JsonNumbers;
import com.lzp.survey.testing.SurveyFixtures;
import com.lzp.survey.testing.SurveyFixtures.CreatedWave;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.response.ValidatableResponse;
import jakarta.inject.Inject;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The summary of a small wave of the four-point test questionnaire, every figure worked out by hand.
 *
 * <pre>
 *        unit  A1 A2 A3  B1 B2   A score (≥2 of 3)   B score (≥1 of 2)
 *   r1   a     4  3  1   2  –    8/3  applies       2    –
 *   r2   a     2  –  –   4  4    –  (1 answered)    4    applies
 *   r3   b     3  3  4   1  1    10/3 applies       1    –
 *   r4   b     –  1  2   –  –    3/2               –  (none answered)
 *   r5   b     4  4  3   3  2    11/3 applies       5/2  applies
 * </pre>
 * Scale 1–4, agree = 3 or 4, a dimension applies at a score of 2.5 or more. Units: a expects 4, b 6, c 3.
 */
@QuarkusTest
class WaveSummaryResourceTest {

    static final double EXACT = 1e-9;

    @Inject
    SurveyFixtures fixtures;

    @BeforeAll
    static void readDecimalsAsDoubles() {
        JsonNumbers.asDoubles();
    }

    CreatedWave wave;

    @BeforeEach
    void fiveResponses() {
        wave = fixtures.wave(
                "test-mini",
                SurveyFixtures.unit("a", UnitType.PARTY_DEPARTMENT, 4),
                SurveyFixtures.unit("b", UnitType.STATE_ENTERPRISE, 6),
                SurveyFixtures.unit("c", UnitType.OTHER, 3));
        submit(
                "a",
                Answers.mini("FULL").with("A1", 4).with("A2", 3).with("A3", 1).with("B1", 2));
        submit("a", Answers.mini("PART").with("A1", 2).with("B1", 4).with("B2", 4));
        submit(
                "b",
                Answers.mini("PART")
                        .with("A1", 3)
                        .with("A2", 3)
                        .with("A3", 4)
                        .with("B1", 1)
                        .with("B2", 1));
        submit("b", Answers.mini("FULL").with("A2", 1).with("A3", 2));
        submit(
                "b",
                Answers.mini("PART")
                        .with("A1", 4)
                        .with("A2", 4)
                        .with("A3", 3)
                        .with("B1", 3)
                        .with("B2", 2));
    }

    void submit(String unit, Answers answers) {
        given().contentType(ContentType.JSON)
                .body(answers.body())
                .post("/api/invitations/{token}/responses", wave.token(unit))
                .then()
                .statusCode(201);
    }

    ValidatableResponse summary() {
        return given().get("/api/waves/{wave}/summary", wave.code()).then().statusCode(200);
    }

    @Test
    void shouldCountResponsesAgainstExpectedCadresPerUnit() {
        summary()
                .body("responses", equalTo(5))
                .body("expectedCadres", equalTo(13))
                .body("responseRate", closeTo(100.0 * 5 / 13, EXACT))
                .body("units.unit", contains(wave.unit("a"), wave.unit("b"), wave.unit("c")))
                .body("units.responses", contains(2, 3, 0))
                .body("units.responseRate", contains(50.0, 50.0, 0.0));
    }

    @Test
    void shouldCountEachScalePointOverThoseWhoAnswered() {
        summary()
                .body("items.item", contains("A1", "A2", "A3", "B1", "B2"))
                .body("items[0].answered", equalTo(4))
                .body("items[0].missing", equalTo(1))
                .body("items[0].points.value", contains(1, 2, 3, 4))
                .body("items[0].points.label", contains("不同意", "有点不同意", "有点同意", "同意"))
                .body("items[0].points.count", contains(0, 1, 1, 2))
                .body("items[0].points.percent", contains(0.0, 25.0, 25.0, 50.0))
                .body("items[0].agreePercent", closeTo(75.0, EXACT))
                .body("items[0].mean", closeTo(3.25, EXACT))
                .body("items[0].sd", closeTo(Math.sqrt(2.75 / 3), EXACT))
                .body("items[2].points.count", contains(1, 1, 1, 1))
                .body("items[2].agreePercent", closeTo(50.0, EXACT))
                .body("items[4].answered", equalTo(3))
                .body("items[4].missing", equalTo(2))
                .body("items[4].agreePercent", closeTo(100.0 / 3, EXACT))
                .body("items[4].mean", closeTo(7.0 / 3, EXACT));
    }

    @Test
    void shouldScoreDimensionsOnlyForRespondentsWhoAnsweredEnoughItems() {
        summary()
                .body("dimensions.dimension", contains("A", "B"))
                .body("dimensions[0].scored", equalTo(4))
                .body("dimensions[0].unscored", equalTo(1))
                .body("dimensions[0].mean", closeTo((8.0 / 3 + 10.0 / 3 + 1.5 + 11.0 / 3) / 4, EXACT))
                .body("dimensions[0].applies", equalTo(3))
                .body("dimensions[0].appliesPercent", closeTo(75.0, EXACT))
                .body("dimensions[1].scored", equalTo(4))
                .body("dimensions[1].unscored", equalTo(1))
                .body("dimensions[1].mean", closeTo((2 + 4 + 1 + 2.5) / 4, EXACT))
                .body("dimensions[1].applies", equalTo(2))
                .body("dimensions[1].appliesPercent", closeTo(50.0, EXACT));
    }

    @Test
    void shouldAnalyseOnlyTheSelectedUnits() {
        given().queryParam("unit", wave.unit("a"))
                .get("/api/waves/{wave}/summary", wave.code())
                .then()
                .statusCode(200)
                .body("responses", equalTo(2))
                .body("expectedCadres", equalTo(4))
                .body("units.unit", contains(wave.unit("a")))
                .body("items[0].points.count", contains(0, 1, 0, 1))
                .body("dimensions[0].scored", equalTo(1))
                .body("dimensions[0].mean", closeTo(8.0 / 3, EXACT));
    }

    @Test
    void shouldShowNullNotNaNForAUnitWithoutResponses() {
        given().queryParam("unit", wave.unit("c"))
                .get("/api/waves/{wave}/summary", wave.code())
                .then()
                .statusCode(200)
                .body("responses", equalTo(0))
                .body("items[0].answered", equalTo(0))
                .body("items[0].agreePercent", nullValue())
                .body("items[0].mean", nullValue())
                .body("dimensions[0].mean", nullValue());
    }

    @Test
    void shouldRefuseAUnitThatIsNotInTheWave() {
        given().queryParam("unit", "U999")
                .get("/api/waves/{wave}/summary", wave.code())
                .then()
                .statusCode(400)
                .contentType("application/problem+json")
                .body("field", equalTo("unit"))
                .body("detail", containsString("单位「U999」没有参加"));
    }

    @Test
    void shouldSayWhenAWaveDoesNotExist() {
        given().get("/api/waves/{wave}/summary", "no-such-wave")
                .then()
                .statusCode(404)
                .contentType("application/problem+json")
                .body("detail", containsString("没有找到调查批次「no-such-wave」"));
    }
}
