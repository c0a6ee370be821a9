package com.lzp.survey.questionnaire;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.endsWith;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasItems;
import static org.hamcrest.Matchers.matchesPattern;
import static org.hamcrest.Matchers.not;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.lzp.survey.collection.UnitType;
import com.lzp.survey.testing.DefinitionJson;
import com.lzp.survey.testing.SignedInAsAdmin;
import com.lzp.survey.testing.SurveyFixtures;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import jakarta.inject.Inject;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.eclipse.microprofile.config.ConfigProvider;
import org.junit.jupiter.api.Test;

/**
 * An admin stores a questionnaire by posting its definition: a new version at once, without a restart; the same
 * definition again changes nothing; a version a wave uses never changes; every refusal says in Chinese why and
 * stores nothing.
 */
@QuarkusTest
class QuestionnaireUploadTest {

    @Inject
    SurveyFixtures fixtures;

    static io.restassured.response.ValidatableResponse post(String json) {
        return given().contentType(ContentType.JSON)
                .body(json)
                .post("/api/questionnaires")
                .then();
    }

    @Test
    void shouldStoreAnUploadedDefinitionAsANewVersionWithoutARestart() {
        DefinitionJson definition = DefinitionJson.sixPoint();

        post(definition.json())
                .statusCode(201)
                .header("Location", endsWith("/api/questionnaires/" + definition.code() + "/versions/1"))
                .body("outcome", equalTo("CREATED"))
                .body("code", equalTo(definition.code()))
                .body("likertItems", equalTo(19))
                .body("message", equalTo("已保存问卷「测试用六点量表问卷（含反向计分题）」第 1 版。"))
                .body("preview", equalTo("/questionnaires/" + definition.code() + "/versions/1/preview"));

        given().get("/api/questionnaires/{code}/versions/1", definition.code())
                .then()
                .statusCode(200)
                .body("scale.max", equalTo(6))
                .body("scale.agreeFrom", equalTo(4))
                .body("dimensions.kind", equalTo(List.of("EFFECT", "PROBLEM", "PROBLEM", "CAUSE", "CAUSE", "OTHER")))
                .body("sections[1].questions.find { it.code == 'P1c' }.reverse", equalTo(true))
                .body("sections[1].questions.find { it.code == 'P1a' }.reverse", equalTo(false));
        given().get("/api/questionnaires").then().body("code", hasItem(definition.code()));
    }

    @Test
    void shouldChangeNothingWhenTheSameDefinitionIsPostedAgain() {
        DefinitionJson definition = DefinitionJson.sixPoint();
        post(definition.json()).statusCode(201);

        // the same definition written differently: defaults spelt out, properties in another order
        DefinitionJson respelt = definition.copy().with(tree -> {
            ((ObjectNode) tree.get("scale")).put("agreeFrom", 4).put("appliesFrom", 3.5);
            ((ObjectNode) tree.get("dimensions").get(1)).put("minAnswered", 3);
        });
        post(respelt.json())
                .statusCode(200)
                .header("Content-Location", endsWith("/api/questionnaires/" + definition.code() + "/versions/1"))
                .body("outcome", equalTo("UNCHANGED"))
                .body("message", containsString("已存在且内容相同，未作改动"));

        assertThat(fixtures.questionnaireVersions(definition.code())).isEqualTo(1);
    }

    @Test
    void shouldReplaceAVersionThatNoWaveUsesYet() {
        DefinitionJson definition = DefinitionJson.sixPoint();
        post(definition.json()).statusCode(201);

        post(definition.copy().with(tree -> tree.put("title", "改过标题的问卷")).json())
                .statusCode(200)
                .body("outcome", equalTo("REPLACED"))
                .body("message", containsString("尚未被任何调查批次使用，已替换为新内容"));

        given().get("/api/questionnaires/{code}/versions/1", definition.code())
                .then()
                .body("title", equalTo("改过标题的问卷"));
        assertThat(fixtures.questionnaireVersions(definition.code())).isEqualTo(1);
    }

    @Test
    void shouldRefuseToChangeAVersionThatAWaveUsesAndSayToNumberItAnew() {
        DefinitionJson definition = DefinitionJson.sixPoint();
        post(definition.json()).statusCode(201);
        SurveyFixtures.CreatedWave wave = fixtures.wave(definition.code(), SurveyFixtures.unit("a", UnitType.OTHER, 5));

        post(definition.copy().with(tree -> tree.put("title", "改过标题的问卷")).json())
                .statusCode(409)
                .contentType("application/problem+json")
                .body("field", equalTo("version"))
                .body("detail", containsString("第 1 版已被调查批次「" + wave.code() + "」使用，内容不能再改"))
                .body("detail", containsString("修改后的问卷请用新的版本号，例如 \"version\": 2"));

        given().get("/api/questionnaires/{code}/versions/1", definition.code())
                .then()
                .body("title", equalTo("测试用六点量表问卷（含反向计分题）"));
        // numbered anew, it is stored beside the old one
        post(definition
                        .copy()
                        .version(2)
                        .with(tree -> tree.put("title", "改过标题的问卷"))
                        .json())
                .statusCode(201);
        assertThat(fixtures.questionnaireVersions(definition.code())).isEqualTo(2);
    }

    @Test
    void shouldTakeNewReportWordingForAVersionInUseButNothingElse() {
        DefinitionJson definition = DefinitionJson.sixPoint();
        post(definition.json()).statusCode(201);
        fixtures.wave(definition.code(), SurveyFixtures.unit("a", UnitType.OTHER, 5));

        post(definition
                        .copy()
                        .with(tree -> tree.putObject("reportLabels")
                                .put("respondents", "党务干部")
                                .putObject("statements")
                                .put("P1c", "党务干部乐于投入党建"))
                        .json())
                .statusCode(200)
                .body("outcome", equalTo("RELABELLED"))
                .body("message", containsString("只改了报告用语，已更新；题目和答案的含义不变"));

        given().get("/api/questionnaires/{code}/versions/1", definition.code())
                .then()
                .body("reportLabels.respondents", equalTo("党务干部"))
                .body("reportLabels.statements.P1c", equalTo("党务干部乐于投入党建"));
        post(definition
                        .copy()
                        .with(tree -> tree.putObject("reportLabels").put("respondents", "党务干部"))
                        .with(tree -> ((ObjectNode) tree.get("scale")).put("agreeFrom", 5))
                        .json())
                .statusCode(409);
        assertThat(fixtures.questionnaireVersions(definition.code())).isEqualTo(1);
    }

    @Test
    void shouldListEveryMistakeInChineseAndStoreNothing() {
        DefinitionJson broken = DefinitionJson.sixPoint().with(tree -> {
            tree.put("colour", "red");
            ((ObjectNode) tree.get("scale")).put("agreeFrom", 9);
            ArrayNode items = (ArrayNode) tree.get("sections").get(1).get("questions");
            ((ObjectNode) items.get(0)).put("dimension", "NOPE");
            ((ObjectNode) items.get(1)).put("code", "E1");
            ((ObjectNode) tree.get("sections").get(0).get("questions").get(0)).put("reverse", true);
        });

        post(broken.json())
                .statusCode(422)
                .contentType("application/problem+json")
                .body("title", equalTo("问卷定义未通过检查"))
                // the applies point left out follows the agree point, so it is out of the scale too
                .body("detail", containsString("问卷定义有 6 处需要修改"))
                .body(
                        "errors.field",
                        hasItems(
                                "colour",
                                "scale.agreeFrom",
                                "scale.appliesFrom",
                                "sections[1].questions[0].dimension",
                                "sections[1].questions[1].code",
                                "sections[0].questions[0].reverse"))
                .body("errors.message", everyItem(matchesPattern(".*\\p{IsHan}.*")))
                .body(not(containsString("Exception")));

        assertThat(fixtures.questionnaireVersions(broken.code())).isZero();
    }

    @Test
    void shouldRefuseWhatIsNotADefinitionAndStoreNothing() {
        post("{\"code\": \"broken-json\", \"version\": 1,")
                .statusCode(422)
                .body("detail", containsString("问卷定义不是有效的 JSON"));
        post("").statusCode(422).body("detail", containsString("没有收到问卷定义"));
        post("[1, 2, 3]").statusCode(422).body("detail", containsString("问卷定义应为对象"));
        post("{\"code\": \"no-sections\", \"version\": 1, \"title\": \"空问卷\", \"sections\": \"none\"}")
                .statusCode(422)
                .body("errors.field", hasItems("sections"))
                .body("errors.message", hasItem(containsString("「sections」应为列表")));

        assertThat(fixtures.questionnaireVersions("broken-json")).isZero();
        assertThat(fixtures.questionnaireVersions("no-sections")).isZero();
    }

    @Test
    void shouldRefuseADefinitionOfMoreThanAMegabyte() {
        DefinitionJson huge = DefinitionJson.sixPoint().with(tree -> tree.put("description", "长".repeat(1 << 20)));

        post(huge.json()).statusCode(413).body("detail", equalTo("问卷定义超过 1 MB，不像是一份问卷。"));

        assertThat(fixtures.questionnaireVersions(huge.code())).isZero();
    }

    @Test
    void shouldRefuseAnotherContentType() {
        given().contentType(ContentType.TEXT)
                .body(DefinitionJson.sixPoint().json())
                .post("/api/questionnaires")
                .then()
                .statusCode(415)
                .contentType("application/problem+json")
                .body("detail", containsString("不支持该内容类型"));
    }

    @Test
    void shouldLetOnlyAdminsUpload() {
        DefinitionJson definition = DefinitionJson.sixPoint();

        given().auth()
                .none()
                .contentType(ContentType.JSON)
                .body(definition.json())
                .post("/api/questionnaires")
                .then()
                .statusCode(401);

        assertThat(fixtures.questionnaireVersions(definition.code())).isZero();
    }

    @Test
    void shouldStoreOneVersionWhenTheSameDefinitionArrivesTwiceAtOnce() throws Exception {
        DefinitionJson definition = DefinitionJson.sixPoint();
        int port = ConfigProvider.getConfig().getValue("quarkus.http.test-port", Integer.class);
        String credentials = Base64.getEncoder()
                .encodeToString(
                        (SignedInAsAdmin.USERNAME + ":" + SignedInAsAdmin.PASSWORD).getBytes(StandardCharsets.UTF_8));
        HttpRequest request = HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/api/questionnaires"))
                .header("Content-Type", "application/json")
                .header("Authorization", "Basic " + credentials)
                .POST(HttpRequest.BodyPublishers.ofString(definition.json()))
                .build();
        HttpClient client = HttpClient.newHttpClient();
        CountDownLatch start = new CountDownLatch(1);
        ExecutorService pool = Executors.newFixedThreadPool(4);
        List<Integer> statuses = new ArrayList<>();
        try {
            List<Future<Integer>> answers = new ArrayList<>();
            for (int i = 0; i < 4; i++) {
                answers.add(pool.submit(() -> {
                    start.await();
                    return client.send(request, HttpResponse.BodyHandlers.discarding())
                            .statusCode();
                }));
            }
            start.countDown();
            for (Future<Integer> answer : answers) {
                statuses.add(answer.get(2, TimeUnit.MINUTES));
            }
        } finally {
            pool.shutdownNow();
        }

        assertThat(statuses).containsExactlyInAnyOrder(201, 200, 200, 200);
        assertThat(fixtures.questionnaireVersions(definition.code())).isEqualTo(1);
    }

    @Test
    void shouldShowAStoredVersionAsTheFormWithoutALink() {
        DefinitionJson definition = DefinitionJson.sixPoint();
        post(definition.json()).statusCode(201);

        String page = given().get("/questionnaires/{code}/versions/1/preview", definition.code())
                .then()
                .statusCode(200)
                .contentType(ContentType.HTML)
                .extract()
                .asString();

        assertThat(page)
                .contains("预览：这是问卷「测试用六点量表问卷（含反向计分题）」第 1 版在答卷人面前的样子", "不能提交答卷")
                .contains("data-preview=\"true\"")
                .doesNotContain("data-submit", "/api/invitations/")
                .contains("党务干部普遍乐于投入党建工作。", "以上措施都不选", "完全同意");
        given().get("/questionnaires/{code}/versions/9/preview", definition.code())
                .then()
                .statusCode(404);
    }
}
