package com.lzp.survey.questionnaire;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItems;

import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.Test;

@QuarkusTest
class QuestionnaireResourceTest {

    @Test
    void shouldListEveryLoadedQuestionnaireFile() {
        given().get("/api/questionnaires")
                .then()
                .statusCode(200)
                .body("code", hasItems("lzp-cadre", "test-mini"))
                .body("find { it.code == 'lzp-cadre' }.likertItems", equalTo(21))
                .body("find { it.code == 'test-mini' }.likertItems", equalTo(5));
    }

    @Test
    void shouldServeTheBuiltInInstrumentAsData() {
        given().get("/api/questionnaires/lzp-cadre/versions/2")
                .then()
                .statusCode(200)
                .body("scale.labels", equalTo(java.util.List.of("完全不同意", "不太同意", "说不清", "比较同意", "完全同意")))
                .body("dimensions.code", equalTo(java.util.List.of("E", "P1", "P2", "P3", "C1", "C2", "C3")))
                .body(
                        "sections.find { it.code == 'problems' }.questions.code",
                        equalTo(java.util.List.of("P1a", "P1b", "P1c", "P2a", "P2b", "P2c", "P3a", "P3b", "P3c")))
                .body(
                        "sections.find { it.code == 'views' }.questions.find { it.code == 'measures' }.maxChoices",
                        equalTo(3));
    }

    @Test
    void shouldSayWhenAVersionDoesNotExist() {
        given().get("/api/questionnaires/lzp-cadre/versions/99")
                .then()
                .statusCode(404)
                .contentType("application/problem+json")
                .body("detail", containsString("没有找到问卷 lzp-cadre 的第 99 版"));
    }
}
