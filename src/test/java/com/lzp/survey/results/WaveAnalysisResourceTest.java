package com.lzp.survey.results;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.closeTo;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.hasItems;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.nullValue;

import com.lzp.survey.analysis.AnalysisSettings;
import com.lzp.survey.analysis.AttributionSettings;
import com.lzp.survey.analysis.RespondentAnswers;
import com.lzp.survey.analysis.ResponseTable;
import com.lzp.survey.analysis.SurveyData;
import com.lzp.survey.analysis.WaveAnalysis;
import com.lzp.survey.analysis.WaveAnalyzer;
import com.lzp.survey.collection.AnswerEncoder;
import com.lzp.survey.collection.UnitType;
import com.lzp.survey.demo.DemoWave;
import com.lzp.survey.questionnaire.QuestionnaireDefinition;
import com.lzp.survey.testing.Definitions;
import com.lzp.survey.testing.GeneratedResponses;
import com.lzp.survey.testing.JsonNumbers;
import com.lzp.survey.testing.SurveyFixtures;
import com.lzp.survey.testing.SurveyFixtures.CreatedWave;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The analysis endpoint over 40 realistic responses in two units, posted through the submission API. */
@QuarkusTest
class WaveAnalysisResourceTest {

    static final int RESPONSES = 40;
    final QuestionnaireDefinition builtIn = Definitions.builtIn();

    @Inject
    SurveyFixtures fixtures;

    CreatedWave wave;
    List<DemoWave.DemoResponse> posted;

    @BeforeAll
    static void readDecimalsAsDoubles() {
        JsonNumbers.asDoubles();
    }

    @BeforeEach
    void fortyResponses() {
        wave = fixtures.wave(
                "lzp-cadre",
                SurveyFixtures.unit("gov", UnitType.GOVERNMENT_DEPARTMENT, 30),
                SurveyFixtures.unit("soe", UnitType.STATE_ENTERPRISE, 25));
        posted = GeneratedResponses.post(wave, RESPONSES, 99, i -> i % 4 == 0 ? "soe" : "gov");
    }

    @Test
    void shouldReturnEveryStatisticOfTheWave() {
        given().get("/api/waves/{wave}/analysis", wave.code())
                .then()
                .statusCode(200)
                .body("responses", equalTo(RESPONSES))
                .body("suppressed", equalTo(false))
                .body("summary.responses", equalTo(RESPONSES))
                .body("reliability.dimension", contains("E", "P1", "P2", "P3", "C1", "C2", "C3"))
                .body("crossTabs", hasSize(4 * 4))
                .body("groupDifferences", hasSize(4 * 7))
                .body("correlations.dimensions", contains("P1", "P2", "P3", "C1", "C2", "C3"))
                .body("attribution.problem", contains("P1", "P2", "P3"))
                .body("attribution[0].causes.cause", contains("C1", "C2", "C3"))
                .body("attribution[0].draws", equalTo(1000))
                .body("mainCause.answered", equalTo(RESPONSES))
                .body("mainCause.byProblem.problem", contains("P1", "P2", "P3"))
                .body("mainCause.byProblem[0].byApplies.rows.code", contains("YES", "NO"))
                .body("rankings.subject", hasItems("problems", "causes", "measures", "main_cause"))
                .body("demand.groups.code", contains("BOOST", "BIND", "STRENGTHEN"));
    }

    @Test
    void shouldComputeWhatTheEngineComputesOnTheSameAnswers() {
        List<RespondentAnswers> rows = new ArrayList<>();
        for (int i = 0; i < posted.size(); i++) {
            rows.add(new RespondentAnswers(
                    i % 4 == 0 ? "soe" : "gov",
                    i % 4 == 0 ? "国有企业" : "政府部门",
                    AnswerEncoder.encode(builtIn, posted.get(i).answers()).answers()));
        }
        WaveAnalysis direct = WaveAnalyzer.analyze(
                new SurveyData(
                        builtIn,
                        ResponseTable.build(builtIn, rows),
                        List.of(),
                        Arrays.stream(UnitType.values()).map(UnitType::label).toList()),
                new AnalysisSettings(5, new AttributionSettings(1000, 20241123, 0.95)));

        given().get("/api/waves/{wave}/analysis", wave.code())
                .then()
                .body(
                        "attribution[1].rSquared",
                        closeTo(direct.attribution().get(1).rSquared(), 1e-12))
                .body(
                        "attribution[1].causes[2].lmgUpper",
                        closeTo(direct.attribution().get(1).causes().get(2).lmgUpper(), 1e-12))
                .body(
                        "reliability[1].rawAlpha",
                        closeTo(direct.reliability().get(1).rawAlpha(), 1e-12))
                .body(
                        "correlations.rho[0][3]",
                        closeTo(direct.correlations().rho().get(0).get(3), 1e-12));
    }

    @Test
    void shouldFilterByAProfileAnswer() {
        long partTime = posted.stream()
                .filter(r -> r.answers().get("role").asText().equals("PART"))
                .count();

        given().queryParam("role", "PART")
                .get("/api/waves/{wave}/analysis", wave.code())
                .then()
                .statusCode(200)
                .body("responses", equalTo((int) partTime))
                .body("mainCause.byGroup.find { it.variable == 'role' && it.group == 'FULL' }.answered", equalTo(0));
    }

    @Test
    void shouldFilterByUnitTypeAndUnit() {
        given().queryParam("unitType", "国有企业")
                .get("/api/waves/{wave}/summary", wave.code())
                .then()
                .statusCode(200)
                .body("responses", equalTo(RESPONSES / 4))
                .body("units.unit", contains(wave.unit("soe")));
        given().queryParam("unit", wave.unit("gov"))
                .get("/api/waves/{wave}/summary", wave.code())
                .then()
                .body("responses", equalTo(RESPONSES * 3 / 4));
    }

    @Test
    void shouldFilterBySubmissionDate() {
        LocalDate today = LocalDate.now(ZoneId.of("Asia/Shanghai"));

        given().queryParam("from", today.toString())
                .queryParam("to", today.toString())
                .get("/api/waves/{wave}/summary", wave.code())
                .then()
                .body("responses", equalTo(RESPONSES));
        given().queryParam("to", today.minusDays(1).toString())
                .get("/api/waves/{wave}/summary", wave.code())
                .then()
                .body("responses", equalTo(0));
    }

    @Test
    void shouldSuppressASelectionSmallerThanTheThreshold() {
        given().queryParam(
                        "to",
                        LocalDate.now(ZoneId.of("Asia/Shanghai")).minusDays(1).toString())
                .get("/api/waves/{wave}/analysis", wave.code())
                .then()
                .statusCode(200)
                .body("responses", equalTo(0))
                .body("suppressed", equalTo(true))
                .body("summary", nullValue())
                .body("attribution", hasSize(0));
    }

    @Test
    void shouldRefuseFiltersThatDoNotFitTheWave() {
        given().queryParam("colour", "red")
                .get("/api/waves/{wave}/analysis", wave.code())
                .then()
                .statusCode(400)
                .body("field", equalTo("colour"))
                .body("detail", containsString("无法按「colour」筛选"));
        given().queryParam("role", "BOTH")
                .get("/api/waves/{wave}/analysis", wave.code())
                .then()
                .statusCode(400)
                .body("detail", containsString("「岗位性质」没有选项「BOTH」"));
        given().queryParam("from", "2024/05/01")
                .get("/api/waves/{wave}/analysis", wave.code())
                .then()
                .statusCode(400)
                .body("field", equalTo("from"));
        given().queryParam("from", "2024-05-02")
                .queryParam("to", "2024-05-01")
                .get("/api/waves/{wave}/analysis", wave.code())
                .then()
                .statusCode(400)
                .body("detail", containsString("晚于截止日期"));
        given().queryParam("unitType", "外星机构")
                .get("/api/waves/{wave}/analysis", wave.code())
                .then()
                .statusCode(400)
                .body("field", equalTo("unitType"));
    }

    @Test
    void shouldCrossTabulateInQuestionnaireOrder() {
        given().queryParam("row", "tenure")
                .queryParam("column", "main_cause")
                .get("/api/waves/{wave}/crosstab", wave.code())
                .then()
                .statusCode(200)
                .body("columns.code", contains("C1", "C2", "C3"))
                .body("rows.code", contains("LT1", "Y1_3", "Y3_5", "Y5_10", "GT10"))
                .body("n", equalTo(RESPONSES))
                .body("rows.findAll { it.total < 5 }.suppressed", everyItem(equalTo(true)))
                .body("test.df", equalTo(8));
        given().queryParam("row", "role")
                .queryParam("column", "P1")
                .get("/api/waves/{wave}/crosstab", wave.code())
                .then()
                .statusCode(200)
                .body("columns.label", contains("存在", "不存在"));
    }

    @Test
    void shouldRefuseAnUnknownCrossTabVariable() {
        given().queryParam("row", "shoe_size")
                .queryParam("column", "P1")
                .get("/api/waves/{wave}/crosstab", wave.code())
                .then()
                .statusCode(400)
                .body("field", equalTo("row"))
                .body("detail", containsString("role（岗位性质）"));
        given().queryParam("row", "role")
                .queryParam("column", "E9")
                .get("/api/waves/{wave}/crosstab", wave.code())
                .then()
                .statusCode(400)
                .body("field", equalTo("column"));
    }

    @Test
    void shouldAnalyseAgainOnceANewResponseArrives() {
        given().get("/api/waves/{wave}/analysis", wave.code()).then().body("responses", equalTo(RESPONSES));
        given().get("/api/waves/{wave}/analysis", wave.code()).then().body("responses", equalTo(RESPONSES));

        GeneratedResponses.post(wave, 1, 5, i -> "gov");

        given().get("/api/waves/{wave}/analysis", wave.code()).then().body("responses", equalTo(RESPONSES + 1));
    }

    @Test
    void shouldNotChangeTheAnswersWhenAnalysing() {
        long before = fixtures.responsesIn(wave.code());
        given().get("/api/waves/{wave}/analysis", wave.code()).then().statusCode(200);
        assertThat(fixtures.responsesIn(wave.code())).isEqualTo(before);
    }
}
