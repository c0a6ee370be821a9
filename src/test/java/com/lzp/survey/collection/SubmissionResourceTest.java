package com.lzp.survey.collection;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.notNullValue;

import com.lzp.survey.testing.Answers;
import com.lzp.survey.testing.Definitions;
import com.lzp.survey.testing.JsonNumbers;
import com.lzp.survey.testing.SurveyFixtures;
import com.lzp.survey.testing.SurveyFixtures.CreatedWave;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.response.ValidatableResponse;
import jakarta.inject.Inject;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

@QuarkusTest
class SubmissionResourceTest {

    @Inject
    SurveyFixtures fixtures;

    @BeforeAll
    static void readDecimalsAsDoubles() {
        JsonNumbers.asDoubles();
    }

    CreatedWave wave;

    @BeforeEach
    void newWave() {
        wave = fixtures.builtInWave();
    }

    ValidatableResponse submit(String token, Answers answers) {
        return given().contentType(ContentType.JSON)
                .body(answers.body())
                .when()
                .post("/api/invitations/{token}/responses", token)
                .then();
    }

    @Test
    void shouldStoreAResponseAndCountItInTheSummary() {
        Answers answers = Answers.builtInComplete().with("P1a", 5);

        submit(wave.token("a"), answers)
                .statusCode(201)
                .header("Location", containsString("/api/submissions/" + answers.submissionId()))
                .body("submissionId", equalTo(answers.submissionId().toString()))
                .body("wave", equalTo(wave.code()))
                .body("receivedAt", notNullValue())
                .body("answers", org.hamcrest.Matchers.nullValue());

        given().get("/api/waves/{wave}/summary", wave.code())
                .then()
                .statusCode(200)
                .body("responses", equalTo(1))
                .body("items.find { it.item == 'P1a' }.points.find { it.value == 5 }.count", equalTo(1))
                .body("items.find { it.item == 'P1a' }.agreePercent", equalTo(100.0))
                .body("units[0].responses", equalTo(1))
                .body("units[0].responseRate", equalTo(10.0));
    }

    @Test
    void shouldKeepAnUnansweredLikertItemAsMissing() {
        Answers answers = Answers.builtInComplete().without("E2");

        submit(wave.token("a"), answers).statusCode(201);

        given().get("/api/waves/{wave}/summary", wave.code())
                .then()
                .body("items.find { it.item == 'E2' }.missing", equalTo(1))
                .body("items.find { it.item == 'E2' }.answered", equalTo(0))
                .body("items.find { it.item == 'E2' }.agreePercent", org.hamcrest.Matchers.nullValue())
                .body("dimensions.find { it.dimension == 'E' }.scored", equalTo(1));
    }

    @Test
    void shouldAnswerARetryWithTheStoredResponseInsteadOfStoringItTwice() {
        Answers answers = Answers.builtInComplete();
        String receivedAt =
                submit(wave.token("a"), answers).statusCode(201).extract().path("receivedAt");

        submit(wave.token("a"), answers)
                .statusCode(200)
                .body("submissionId", equalTo(answers.submissionId().toString()))
                .body("receivedAt", equalTo(receivedAt));

        assertThat(fixtures.responsesIn(wave.code())).isEqualTo(1);
    }

    @Test
    void shouldStoreConcurrentCopiesOfOneSubmissionOnce() throws Exception {
        Answers answers = Answers.builtInComplete();

        List<Integer> statuses =
                Concurrently.post(8, "/api/invitations/" + wave.token("a") + "/responses", answers.body());

        assertThat(statuses).containsOnly(201, 200);
        assertThat(statuses).filteredOn(s -> s == 201).hasSize(1);
        assertThat(fixtures.responsesIn(wave.code())).isEqualTo(1);
    }

    @Test
    void shouldRefuseASubmissionIdReusedForDifferentAnswers() {
        UUID id = UUID.randomUUID();
        submit(wave.token("a"), Answers.builtInComplete().submissionId(id)).statusCode(201);

        submit(wave.token("a"), Answers.builtInComplete().submissionId(id).with("P1a", 1))
                .statusCode(409)
                .contentType("application/problem+json")
                .body("field", equalTo("submissionId"))
                .body("detail", containsString("提交编号已用于另一份内容不同的答卷"));

        int p1a = Definitions.builtIn().layout().slotOf("P1a");
        assertThat(fixtures.storedAnswers(id).orElseThrow()[p1a]).isEqualTo((short) 4);
        assertThat(fixtures.responsesIn(wave.code())).isEqualTo(1);
    }

    @Test
    void shouldStillAcknowledgeARetryAfterTheWaveClosed() {
        Answers answers = Answers.builtInComplete();
        submit(wave.token("a"), answers).statusCode(201);
        fixtures.closeWave(wave.code());

        submit(wave.token("a"), answers).statusCode(200);
    }

    @Test
    void shouldRefuseSubmissionsToAClosedWave() {
        fixtures.closeWave(wave.code());

        submit(wave.token("a"), Answers.builtInComplete())
                .statusCode(410)
                .contentType("application/problem+json")
                .body("detail", containsString("已停止收集答卷"));

        assertThat(fixtures.responsesIn(wave.code())).isZero();
    }

    @Test
    void shouldRefuseSubmissionsThroughAClosedLink() {
        fixtures.closeInvitation(wave.token("a"));

        submit(wave.token("a"), Answers.builtInComplete()).statusCode(410);

        assertThat(fixtures.responsesIn(wave.code())).isZero();
    }

    @Test
    void shouldSayAnUnknownLinkIsInvalid() {
        submit("no-such-token", Answers.builtInComplete())
                .statusCode(404)
                .contentType("application/problem+json")
                .body("detail", containsString("该问卷链接无效"));
    }

    @Test
    void shouldRefuseMalformedJson() {
        given().contentType(ContentType.JSON)
                .body("{\"submissionId\": \"" + UUID.randomUUID() + "\", \"answers\": {")
                .when()
                .post("/api/invitations/{token}/responses", wave.token("a"))
                .then()
                .statusCode(400)
                .contentType("application/problem+json")
                .body("detail", containsString("不是有效的 JSON"))
                .body(not(containsString("Exception")));

        assertThat(fixtures.responsesIn(wave.code())).isZero();
    }

    @Test
    void shouldRefuseASubmissionIdThatIsNotAUuid() {
        given().contentType(ContentType.JSON)
                .body("{\"submissionId\": \"abc\", \"answers\": {}}")
                .when()
                .post("/api/invitations/{token}/responses", wave.token("a"))
                .then()
                .statusCode(400)
                .contentType("application/problem+json")
                .body("field", equalTo("submissionId"))
                .body("detail", containsString("应为 UUID"))
                .body(not(containsString("java.")));
    }

    @Test
    void shouldRequireASubmissionId() {
        given().contentType(ContentType.JSON)
                .body("{\"answers\": {\"role\": \"FULL\"}}")
                .when()
                .post("/api/invitations/{token}/responses", wave.token("a"))
                .then()
                .statusCode(400)
                .contentType("application/problem+json")
                .body("field", equalTo("submissionId"))
                .body("detail", containsString("缺少提交编号"));

        assertThat(fixtures.responsesIn(wave.code())).isZero();
    }

    @Test
    void shouldRequireABody() {
        given().contentType(ContentType.JSON)
                .when()
                .post("/api/invitations/{token}/responses", wave.token("a"))
                .then()
                .statusCode(400)
                .contentType("application/problem+json")
                .body("detail", containsString("请求内容为空"));
    }

    @Test
    void shouldRefuseContentThatIsNotJson() {
        given().contentType(ContentType.TEXT)
                .body("role=FULL")
                .when()
                .post("/api/invitations/{token}/responses", wave.token("a"))
                .then()
                .statusCode(415)
                .contentType("application/problem+json")
                .body("detail", containsString("application/json"));

        assertThat(fixtures.responsesIn(wave.code())).isZero();
    }

    @Test
    void shouldGiveAReceiptButNeverTheAnswers() {
        Answers answers = Answers.builtInComplete();
        submit(wave.token("a"), answers).statusCode(201);

        given().get("/api/submissions/{id}", answers.submissionId())
                .then()
                .statusCode(200)
                .body("unit", equalTo("测试单位a"))
                .body("answers", org.hamcrest.Matchers.nullValue());
        given().get("/api/submissions/{id}", UUID.randomUUID()).then().statusCode(404);
    }

    @Test
    void shouldShowTheFormOfALink() {
        given().get("/api/invitations/{token}", wave.token("a"))
                .then()
                .statusCode(200)
                .body("unitName", equalTo("测试单位a"))
                .body("unitType", equalTo("政府部门"))
                .body("open", equalTo(true))
                .body("questionnaire.code", equalTo("lzp-cadre"))
                .body("questionnaire.sections.size()", equalTo(5));
    }
}
