package com.lzp.survey.committee;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.nullValue;

import com.lzp.survey.collection.UnitType;
import com.lzp.survey.testing.GeneratedResponses;
import com.lzp.survey.testing.SurveyFixtures;
import com.lzp.survey.testing.SurveyFixtures.CreatedWave;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.io.ByteArrayInputStream;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * A wave of three units: gov-a (政府部门, 8 responses), gov-b (政府部门, 3) and soe (国有企业, 6); threshold 5.
 */
@QuarkusTest
class CommitteeSummaryTest {

    @Inject
    SurveyFixtures fixtures;

    CreatedWave wave;

    @BeforeEach
    void threeUnits() {
        wave = fixtures.wave(
                "lzp-cadre",
                SurveyFixtures.unit("gov-a", UnitType.GOVERNMENT_DEPARTMENT, 10),
                SurveyFixtures.unit("gov-b", UnitType.GOVERNMENT_DEPARTMENT, 6),
                SurveyFixtures.unit("soe", UnitType.STATE_ENTERPRISE, 9));
        GeneratedResponses.post(wave, 17, 3, i -> i < 8 ? "gov-a" : i < 11 ? "gov-b" : "soe");
    }

    @Test
    void shouldSuppressEveryUnitWithFewerRespondentsThanTheThreshold() {
        given().get("/api/waves/{wave}/committee-summary", wave.code())
                .then()
                .statusCode(200)
                .body("scope", equalTo("全体"))
                .body("responses", equalTo(17))
                .body("units.find { it.unit == '" + wave.unit("gov-b") + "' }.suppressed", equalTo(true))
                .body("units.find { it.unit == '" + wave.unit("gov-b") + "' }.responses", nullValue())
                .body("units.find { it.unit == '" + wave.unit("gov-a") + "' }.responses", equalTo(8))
                .body("problems", hasSize(3))
                .body("attribution", hasSize(9))
                .body("headlines[0]", containsString("一、调查基本情况"));
    }

    @Test
    void shouldReportASmallUnitOnlyAsSuppressed() {
        given().queryParam("unit", wave.unit("gov-b"))
                .get("/api/waves/{wave}/committee-summary", wave.code())
                .then()
                .statusCode(200)
                .body("suppressed", equalTo(true))
                .body("responses", nullValue())
                .body("problems", hasSize(0));
    }

    @Test
    void shouldRefuseAUnitThatDiffersFromItsUnitTypeBySoFewThatSubtractionRevealsThem() {
        // 政府部门 has 11 respondents; gov-a alone 8: the difference would reveal gov-b's 3
        given().queryParam("unit", wave.unit("gov-a"))
                .get("/api/waves/{wave}/committee-summary", wave.code())
                .then()
                .statusCode(403)
                .contentType("application/problem+json")
                .body("detail", containsString("只相差 3 人"));
    }

    @Test
    void shouldGiveAUnitOrAUnitTypeWhoseDifferencesAreLargeEnough() {
        given().queryParam("unit", wave.unit("soe"))
                .get("/api/waves/{wave}/committee-summary", wave.code())
                .then()
                .statusCode(200)
                .body("responses", equalTo(6))
                .body("scope", containsString("单位"));
        given().queryParam("unitType", "政府部门")
                .get("/api/waves/{wave}/committee-summary", wave.code())
                .then()
                .statusCode(200)
                .body("responses", equalTo(11));
    }

    @Test
    void shouldRefuseCombinationsAndOtherFilters() {
        given().queryParam("unit", wave.unit("gov-a"))
                .queryParam("unit", wave.unit("soe"))
                .get("/api/waves/{wave}/committee-summary", wave.code())
                .then()
                .statusCode(400)
                .body("detail", containsString("只能选择全体、一个单位类型"));
        given().queryParam("role", "PART")
                .get("/api/waves/{wave}/committee-summary", wave.code())
                .then()
                .statusCode(400);
    }

    @Test
    void shouldGiveTheSummaryAsCsvAndXlsxWithSuppressedFiguresMarked() throws Exception {
        String csv = given().get("/api/waves/{wave}/committee-summary.csv", wave.code())
                .then()
                .statusCode(200)
                .contentType(containsString("text/csv"))
                .extract()
                .asString();
        assertThat(csv).startsWith("\uFEFF").contains("测试单位gov-b").contains(",<5,");

        byte[] xlsx = given().get("/api/waves/{wave}/committee-summary.xlsx", wave.code())
                .then()
                .statusCode(200)
                .extract()
                .asByteArray();
        try (XSSFWorkbook workbook = new XSSFWorkbook(new ByteArrayInputStream(xlsx))) {
            assertThat(workbook.getSheet("各单位")).isNotNull();
            assertThat(workbook.getSheet("原因归因").getLastRowNum()).isEqualTo(9);
            // figures are numeric cells with the report's rounding as their format
            var problems = workbook.getSheet("存在问题").getRow(1);
            assertThat(problems.getCell(2).getCellType()).isEqualTo(org.apache.poi.ss.usermodel.CellType.NUMERIC);
            assertThat(problems.getCell(2).getCellStyle().getDataFormatString()).isEqualTo("0.0");
            assertThat(problems.getCell(3).getCellStyle().getDataFormatString()).isEqualTo("0.00");
            assertThat(problems.getCell(4).getCellType()).isEqualTo(org.apache.poi.ss.usermodel.CellType.NUMERIC);
        }
    }
}
