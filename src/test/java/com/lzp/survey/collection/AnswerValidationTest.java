package com.lzp.survey.collection;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;

import com.lzp.survey.questionnaire.AnswerLayout;
import com.lzp.survey.testing.Answers;
import com.lzp.survey.testing.Definitions;
import com.lzp.survey.testing.SurveyFixtures;
import com.lzp.survey.testing.SurveyFixtures.CreatedWave;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import jakarta.inject.Inject;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.UnaryOperator;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** Every rule a response must keep, each with the message a respondent sees and the fact that nothing is stored. */
@QuarkusTest
class AnswerValidationTest {

    @Inject
    SurveyFixtures fixtures;

    static Stream<Arguments> brokenRules() {
        return Stream.of(
                rule("an unknown question code", a -> a.with("X9", 3), "answers.X9", "问卷中没有代码为「X9」的题目"),
                rule(
                        "a Likert answer above the scale",
                        a -> a.with("P1a", 7),
                        "answers.P1a",
                        "必须是 1 到 5 之间的整数（1=完全不同意，5=完全同意），收到的是 7"),
                rule("a Likert answer below the scale", a -> a.with("C2b", 0), "answers.C2b", "必须是 1 到 5 之间的整数"),
                rule(
                        "a Likert answer that is not a whole number",
                        a -> a.with("E1", 3.5),
                        "answers.E1",
                        "必须是 1 到 5 之间的整数"),
                rule("a Likert answer sent as text", a -> a.with("E1", "4"), "answers.E1", "必须是 1 到 5 之间的整数"),
                rule(
                        "an unknown option of a single choice",
                        a -> a.with("role", "BOTH"),
                        "answers.role",
                        "必须是以下选项之一：FULL（专职党务干部）、PART（兼职党务干部）"),
                rule(
                        "a missing required profile answer",
                        a -> a.without("role"),
                        "answers.role",
                        "请回答必答题「您目前从事党务工作的方式是」"),
                rule("a blank required answer", a -> a.with("tenure", " "), "answers.tenure", "请回答必答题「您从事党务工作的年限是」"),
                rule("a missing main cause", a -> a.without("main_cause"), "answers.main_cause", "请回答必答题"),
                rule(
                        "more than three measures",
                        a -> a.with("measures", List.of("M1", "M2", "M4", "M7")),
                        "answers.measures",
                        "最多只能选 3 项，收到了 4 项"),
                rule(
                        "the measures left unanswered",
                        a -> a.without("measures"),
                        "answers.measures",
                        "请回答必答题「推动党建与业务深度融合，您认为最需要采取的措施是」（都不选的请勾选“以上措施都不选”）"),
                rule(
                        "the same measure twice",
                        a -> a.with("measures", List.of("M1", "M1")),
                        "answers.measures",
                        "选项 M1 重复了"),
                rule(
                        "an unknown measure",
                        a -> a.with("measures", List.of("M10")),
                        "answers.measures",
                        "无效的选项 \"M10\""),
                rule("measures not sent as a list", a -> a.with("measures", "M1"), "answers.measures", "必须是选项代码的列表"),
                rule(
                        "a suggestion over 500 characters",
                        a -> a.with("suggestion", "建".repeat(501)),
                        "answers.suggestion",
                        "不能超过 500 字，现在是 501 字"),
                rule("a suggestion that is not text", a -> a.with("suggestion", 12), "answers.suggestion", "必须是文字"));
    }

    static Arguments rule(String name, UnaryOperator<Answers> breakIt, String field, String message) {
        return Arguments.of(name, breakIt, field, message);
    }

    @ParameterizedTest(name = "should reject {0}")
    @MethodSource("brokenRules")
    void shouldRejectAnswersThatBreakARule(String name, UnaryOperator<Answers> breakIt, String field, String message) {
        CreatedWave wave = fixtures.builtInWave();

        given().contentType(ContentType.JSON)
                .body(breakIt.apply(Answers.builtInComplete()).body())
                .when()
                .post("/api/invitations/{token}/responses", wave.token("a"))
                .then()
                .statusCode(422)
                .contentType("application/problem+json")
                .body("title", equalTo("答卷未通过校验"))
                .body("field", equalTo(field))
                .body("detail", containsString(message))
                .body("errors.field", hasItem(field))
                .body(not(containsString("java.")));

        assertThat(fixtures.responsesIn(wave.code())).isZero();
    }

    @Test
    void shouldReportEveryBrokenRuleAtOnce() {
        CreatedWave wave = fixtures.builtInWave();
        Answers answers =
                Answers.builtInComplete().without("role").with("P1a", 9).with("X1", 1);

        given().contentType(ContentType.JSON)
                .body(answers.body())
                .when()
                .post("/api/invitations/{token}/responses", wave.token("a"))
                .then()
                .statusCode(422)
                .body("errors.size()", equalTo(3))
                .body("detail", containsString("答卷有 3 处需要修改"));

        assertThat(fixtures.responsesIn(wave.code())).isZero();
    }

    @Test
    void shouldStoreChoosingNoMeasureAsAnAnswerNotAsMissing() {
        CreatedWave wave = fixtures.builtInWave();

        given().contentType(ContentType.JSON)
                .body(Answers.builtInComplete().with("measures", List.of()).body())
                .when()
                .post("/api/invitations/{token}/responses", wave.token("a"))
                .then()
                .statusCode(201);

        Short[] stored = fixtures.answersOfOnlyResponse(wave.code());
        AnswerLayout layout = Definitions.builtIn().layout();
        for (String measure : List.of("M1", "M2", "M3", "M4", "M5", "M6", "M7", "M8", "M9")) {
            assertThat(stored[layout.slotOf("measures", measure)]).as(measure).isEqualTo((short) 0);
        }
    }

    @Test
    void shouldTreatAnEmptyListAsNoAnswerWhereAtLeastOneOptionIsNeeded() {
        CreatedWave wave = fixtures.wave("test-mini", SurveyFixtures.unit("a", UnitType.OTHER, 5));

        given().contentType(ContentType.JSON)
                .body(Map.of("submissionId", UUID.randomUUID(), "answers", Map.of("role", "FULL", "picks", List.of())))
                .when()
                .post("/api/invitations/{token}/responses", wave.token("a"))
                .then()
                .statusCode(201);

        Short[] stored = fixtures.answersOfOnlyResponse(wave.code());
        AnswerLayout layout = Definitions.mini().layout();
        assertThat(stored[layout.slotOf("picks", "X")]).isNull();
        assertThat(stored[layout.slotOf("picks", "Z")]).isNull();
    }

    @Test
    void shouldAcceptASuggestionOfExactlyTheLimit() {
        CreatedWave wave = fixtures.builtInWave();

        given().contentType(ContentType.JSON)
                .body(Answers.builtInComplete()
                        .with("suggestion", "建".repeat(500))
                        .body())
                .when()
                .post("/api/invitations/{token}/responses", wave.token("a"))
                .then()
                .statusCode(201);
    }
}
