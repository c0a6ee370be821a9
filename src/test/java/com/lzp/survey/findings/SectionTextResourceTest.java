package com.lzp.survey.findings;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;

import com.lzp.survey.collection.UnitType;
import com.lzp.survey.testing.GeneratedResponses;
import com.lzp.survey.testing.SurveyFixtures;
import com.lzp.survey.testing.SurveyFixtures.CreatedWave;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import jakarta.inject.Inject;
import java.io.ByteArrayInputStream;
import java.util.Map;
import org.apache.poi.xwpf.extractor.XWPFWordExtractor;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Researchers' texts per part of the report: versioned, shown in every format, refused when stale or too long. */
@QuarkusTest
class SectionTextResourceTest {

    @Inject
    SurveyFixtures fixtures;

    CreatedWave wave;

    @BeforeEach
    void aWaveWithResponses() {
        wave = fixtures.wave("lzp-cadre", SurveyFixtures.unit("t", UnitType.GOVERNMENT_DEPARTMENT, 40));
        GeneratedResponses.post(wave, 30, 11, i -> "t");
    }

    static Map<String, Object> text(String title, String body, Integer expected) {
        return expected == null
                ? Map.of("title", title, "body", body)
                : Map.of("title", title, "body", body, "expectedVersion", expected);
    }

    @Test
    void shouldKeepEveryVersionAndShowTheLatestInEveryFormat() throws Exception {
        given().contentType(ContentType.JSON)
                .body(text("典型做法", "某局推行“党建+业务”双述职。", 0))
                .put("/api/waves/{wave}/report/texts/effects", wave.code())
                .then()
                .statusCode(200)
                .body("version", equalTo(1))
                .body("author", equalTo("admin"));
        given().contentType(ContentType.JSON)
                .body(text("典型做法", "某局推行“党建+业务”双述职，\n某委把支部建在项目上。", 1))
                .put("/api/waves/{wave}/report/texts/effects", wave.code())
                .then()
                .statusCode(200)
                .body("version", equalTo(2));

        given().get("/api/waves/{wave}/report/texts/effects/versions", wave.code())
                .then()
                .statusCode(200)
                .body("version", org.hamcrest.Matchers.contains(2, 1));
        given().get("/api/waves/{wave}/report", wave.code())
                .then()
                .statusCode(200)
                .body("sections.find { it.key == 'effects' }.addendum.version", equalTo(2));
        given().get("/waves/{wave}/report", wave.code())
                .then()
                .statusCode(200)
                .body(containsString("某委把支部建在项目上。"))
                .body(containsString("保存为新版本"));
        String markdown = given().get("/api/waves/{wave}/report.md", wave.code())
                .then()
                .statusCode(200)
                .extract()
                .asString();
        assertThat(markdown).contains("**典型做法。**某局推行“党建+业务”双述职，").contains("某委把支部建在项目上。");
        byte[] docx = given().get("/api/waves/{wave}/report.docx", wave.code())
                .then()
                .statusCode(200)
                .extract()
                .asByteArray();
        try (XWPFDocument document = new XWPFDocument(new ByteArrayInputStream(docx));
                XWPFWordExtractor extractor = new XWPFWordExtractor(document)) {
            assertThat(extractor.getText()).contains("典型做法。某局推行").contains("某委把支部建在项目上。");
        }
        given().get("/api/audit")
                .then()
                .statusCode(200)
                .body(
                        "find { it.method == 'PUT' && it.path.contains('/report/texts/effects') }.username",
                        equalTo("admin"));
    }

    @Test
    void shouldLetCommitteesReadButNotEdit() {
        given().contentType(ContentType.JSON)
                .body(text("访谈发现", "座谈中多数同志反映考核机制有待完善。", null))
                .put("/api/waves/{wave}/report/texts/causes", wave.code())
                .then()
                .statusCode(200);
        String reader = "c-" + java.util.UUID.randomUUID().toString().substring(0, 8);
        given().contentType(ContentType.JSON)
                .body(Map.of("username", reader, "password", "a-long-test-password", "role", "committee"))
                .post("/api/users")
                .then()
                .statusCode(201);

        String page = given().auth()
                .preemptive()
                .basic(reader, "a-long-test-password")
                .get("/waves/{wave}/report", wave.code())
                .then()
                .statusCode(200)
                .extract()
                .asString();
        assertThat(page).contains("座谈中多数同志反映考核机制有待完善。").doesNotContain("保存为新版本").doesNotContain("report.js");
        given().auth()
                .preemptive()
                .basic(reader, "a-long-test-password")
                .contentType(ContentType.JSON)
                .body(text("", "改写。", null))
                .put("/api/waves/{wave}/report/texts/causes", wave.code())
                .then()
                .statusCode(403);
    }

    @Test
    void shouldRefuseAStaleEditAndChangeNothing() {
        given().contentType(ContentType.JSON)
                .body(text("", "第一版。", 0))
                .put("/api/waves/{wave}/report/texts/causes", wave.code())
                .then()
                .statusCode(200);

        given().contentType(ContentType.JSON)
                .body(text("", "基于旧版本的修改。", 0))
                .put("/api/waves/{wave}/report/texts/causes", wave.code())
                .then()
                .statusCode(409)
                .contentType("application/problem+json")
                .body("detail", containsString("已被他人修改"));
        given().get("/api/waves/{wave}/report/texts/causes/versions", wave.code())
                .then()
                .body("$", hasSize(1));
    }

    @Test
    void shouldRefuseTooLongTextsAndUnknownParts() {
        given().contentType(ContentType.JSON)
                .body(text("标".repeat(41), "正文。", null))
                .put("/api/waves/{wave}/report/texts/problems", wave.code())
                .then()
                .statusCode(422)
                .body("errors[0].field", equalTo("title"));
        given().contentType(ContentType.JSON)
                .body(text("", "字".repeat(5001), null))
                .put("/api/waves/{wave}/report/texts/problems", wave.code())
                .then()
                .statusCode(422)
                .body("detail", containsString("最多 5000 字"));
        given().contentType(ContentType.JSON)
                .body(text("", "正文。", null))
                .put("/api/waves/{wave}/report/texts/appendix", wave.code())
                .then()
                .statusCode(404)
                .body("detail", containsString("countermeasures"));
        given().get("/api/waves/{wave}/report/texts/problems/versions", wave.code())
                .then()
                .body("$", hasSize(0));
    }

    @Test
    void shouldTakeATextOutOfTheReportWithAnEmptyVersion() {
        given().contentType(ContentType.JSON)
                .body(text("访谈发现", "座谈中多数同志反映考核“两张皮”。", null))
                .put("/api/waves/{wave}/report/texts/causes", wave.code())
                .then()
                .statusCode(200);
        given().contentType(ContentType.JSON)
                .body(text("", "", null))
                .put("/api/waves/{wave}/report/texts/causes", wave.code())
                .then()
                .statusCode(200)
                .body("version", equalTo(2));

        given().get("/api/waves/{wave}/report", wave.code())
                .then()
                .body("sections.find { it.key == 'causes' }.addendum", org.hamcrest.Matchers.nullValue());
    }
}
