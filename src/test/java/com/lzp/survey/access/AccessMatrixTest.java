package com.lzp.survey.access;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;

import com.lzp.survey.collection.UnitType;
import com.lzp.survey.testing.Answers;
import com.lzp.survey.testing.SignedInAsAdmin;
import com.lzp.survey.testing.SurveyFixtures;
import com.lzp.survey.testing.SurveyFixtures.CreatedWave;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.specification.RequestSpecification;
import jakarta.inject.Inject;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Every endpoint × every role, anonymous included: each kind of person sees exactly what DESIGN.md §1 allows.
 * Anonymous visitors of protected pages are sent to the sign-in page (302), anonymous API calls get 401;
 * signed-in people without the role get 403.
 */
@QuarkusTest
class AccessMatrixTest {

    static final String PASSWORD = "a-long-test-password";

    @Inject
    SurveyFixtures fixtures;

    CreatedWave wave;
    String researcher;
    String committee;

    @BeforeEach
    void aWaveAndOnePersonPerRole() {
        wave = fixtures.wave("lzp-cadre", SurveyFixtures.unit("a", UnitType.GOVERNMENT_DEPARTMENT, 20));
        for (int i = 0; i < 6; i++) {
            given().auth()
                    .none()
                    .contentType(ContentType.JSON)
                    .body(Answers.builtInComplete().body())
                    .post("/api/invitations/{token}/responses", wave.token("a"))
                    .then()
                    .statusCode(201);
        }
        researcher = "r-" + UUID.randomUUID().toString().substring(0, 8);
        committee = "c-" + UUID.randomUUID().toString().substring(0, 8);
        createUser(researcher, Roles.RESEARCHER);
        createUser(committee, Roles.COMMITTEE);
    }

    void createUser(String name, String role) {
        given().contentType(ContentType.JSON)
                .body(Map.of("username", name, "password", PASSWORD, "role", role))
                .post("/api/users")
                .then()
                .statusCode(201)
                .body("role", equalTo(role));
    }

    /**
     * One row of the matrix: expected status for anonymous, admin, researcher, committee; for an upload, the body it
     * sends and its content type (the content type is matched before access is checked).
     */
    record Row(
            String method,
            String path,
            int anonymous,
            int admin,
            int researcher,
            int committee,
            String contentType,
            String body) {

        Row(String method, String path, int anonymous, int admin, int researcher, int committee) {
            this(method, path, anonymous, admin, researcher, committee, null, null);
        }
    }

    List<Row> matrix() {
        String w = wave.code();
        String t = wave.token("a");
        return List.of(
                new Row("GET", "/s/" + t, 200, 200, 200, 200),
                new Row("GET", "/api/invitations/" + t, 200, 200, 200, 200),
                new Row("GET", "/s/" + t + "/thanks", 200, 200, 200, 200),
                new Row("GET", "/api/submissions/" + UUID.randomUUID(), 404, 404, 404, 404),
                new Row("GET", "/login", 200, 200, 200, 200),
                new Row("GET", "/q/health/ready", 200, 200, 200, 200),
                new Row("GET", "/api/questionnaires", 401, 200, 200, 403),
                new Row("GET", "/api/questionnaires/lzp-cadre/versions/2", 401, 200, 200, 403),
                new Row("GET", "/api/questionnaires/lzp-cadre/versions/2/xlsform", 401, 200, 200, 403),
                // an admin reaches the upload and is told what is wrong with the (empty) questionnaire
                new Row("POST", "/api/questionnaires", 401, 422, 403, 403, "application/json", "{}"),
                new Row(
                        "POST",
                        "/api/questionnaires/xlsform",
                        401,
                        422,
                        403,
                        403,
                        "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
                        "not a workbook"),
                new Row("GET", "/questionnaires", 302, 200, 200, 403),
                new Row("GET", "/questionnaires/lzp-cadre/versions/2/preview", 302, 200, 200, 403),
                new Row("GET", "/api/waves", 401, 200, 200, 200),
                new Row("GET", "/api/waves/" + w, 401, 200, 200, 200),
                new Row("GET", "/api/waves/" + w + "/invitations", 401, 200, 403, 403),
                new Row("POST", "/api/waves/" + w + "/close", 401, 200, 403, 403),
                new Row("POST", "/api/waves/" + w + "/open", 401, 200, 403, 403),
                new Row("GET", "/api/waves/" + w + "/summary", 401, 200, 200, 403),
                new Row("GET", "/api/waves/" + w + "/analysis", 401, 200, 200, 403),
                new Row("GET", "/api/waves/" + w + "/crosstab?row=role&column=P1", 401, 200, 200, 403),
                new Row("GET", "/api/waves/" + w + "/charts", 401, 200, 200, 200),
                new Row("GET", "/api/waves/" + w + "/charts/cause-attribution.svg", 401, 200, 200, 200),
                new Row("GET", "/api/waves/" + w + "/report", 401, 200, 200, 200),
                new Row("GET", "/api/waves/" + w + "/report.md", 401, 200, 200, 200),
                new Row("GET", "/api/waves/" + w + "/report.docx", 401, 200, 200, 200),
                new Row("GET", "/api/waves/" + w + "/report/texts", 401, 200, 200, 200),
                new Row("GET", "/api/waves/" + w + "/report/texts/effects", 401, 404, 404, 404),
                new Row("GET", "/api/waves/" + w + "/report/texts/effects/versions", 401, 200, 200, 403),
                // without a body: committees are refused before the body is read, writers are told what is missing
                new Row("PUT", "/api/waves/" + w + "/report/texts/effects", 401, 422, 422, 403),
                new Row("GET", "/api/waves/" + w + "/charts/response-rates.png", 401, 200, 200, 200),
                new Row("GET", "/waves/" + w + "/report", 302, 200, 200, 200),
                new Row("GET", "/waves/" + w + "/charts", 302, 200, 200, 200),
                new Row("GET", "/admin/waves", 302, 200, 403, 403),
                new Row("GET", "/admin/waves/" + w, 302, 200, 403, 403),
                new Row("GET", "/admin/waves/" + w + "/units/" + wave.unit("a") + "/qr.png", 302, 200, 403, 403),
                new Row("GET", "/api/waves/" + w + "/responses.csv", 401, 200, 200, 403),
                new Row("GET", "/api/waves/" + w + "/responses.xlsx", 401, 200, 200, 403),
                new Row("GET", "/api/waves/" + w + "/codebook.json", 401, 200, 200, 403),
                new Row("GET", "/api/waves/" + w + "/analysis.xlsx", 401, 200, 200, 403),
                new Row("GET", "/api/waves/" + w + "/analysis/items.csv", 401, 200, 200, 403),
                new Row("GET", "/api/waves/" + w + "/committee-summary", 401, 200, 200, 200),
                new Row("GET", "/api/waves/" + w + "/committee-summary.csv", 401, 200, 200, 200),
                new Row("GET", "/api/waves/" + w + "/committee-summary.xlsx", 401, 200, 200, 200),
                new Row("GET", "/api/users", 401, 200, 403, 403),
                new Row("GET", "/api/audit", 401, 200, 403, 403));
    }

    int status(Row row, RequestSpecification as) {
        if (row.contentType() != null) {
            as = as.contentType(row.contentType()).body(row.body().getBytes(StandardCharsets.UTF_8));
        }
        return as.redirects()
                .follow(false)
                .request(row.method(), row.path())
                .then()
                .extract()
                .statusCode();
    }

    @Test
    void shouldLetEachRoleDoExactlyWhatItMay() {
        List<String> wrong = new ArrayList<>();
        for (Row row : matrix()) {
            check(
                    wrong,
                    row,
                    "anonymous",
                    row.anonymous(),
                    status(row, given().auth().none()));
            check(wrong, row, "admin", row.admin(), status(row, given()));
            check(
                    wrong,
                    row,
                    "researcher",
                    row.researcher(),
                    status(row, given().auth().preemptive().basic(researcher, PASSWORD)));
            check(
                    wrong,
                    row,
                    "committee",
                    row.committee(),
                    status(row, given().auth().preemptive().basic(committee, PASSWORD)));
        }
        assertThat(wrong).isEmpty();
    }

    private static void check(List<String> wrong, Row row, String who, int expected, int actual) {
        if (expected != actual) {
            wrong.add(row.method() + " " + row.path() + " as " + who + ": expected " + expected + ", got " + actual);
        }
    }

    @Test
    void shouldAskAProgramForCredentialsAndAPersonToSignIn() {
        given().auth()
                .none()
                .get("/api/waves")
                .then()
                .statusCode(401)
                .contentType("application/problem+json")
                .header("WWW-Authenticate", containsString("Basic"))
                .body("detail", containsString("HTTP Basic"));
        given().auth()
                .none()
                .redirects()
                .follow(false)
                .get("/admin/waves")
                .then()
                .statusCode(302)
                .header("Location", containsString("/login"))
                .header("Set-Cookie", containsString("quarkus-redirect-location=http"));
    }

    @Test
    void shouldRefuseAWrongPasswordWithoutSayingWhichPartWasWrong() {
        given().auth()
                .preemptive()
                .basic(researcher, "wrong-password")
                .get("/api/waves")
                .then()
                .statusCode(401);
        given().auth()
                .preemptive()
                .basic("nobody-" + researcher, PASSWORD)
                .get("/api/waves")
                .then()
                .statusCode(401);
    }

    @Test
    void shouldStoreOnlyABcryptHashOfThePassword() {
        String hash = fixtures.passwordHashOf(researcher);

        assertThat(hash).startsWith("$2a$12$").doesNotContain(PASSWORD);
    }

    @Test
    void shouldRefuseAWeakOrDuplicateAccount() {
        given().contentType(ContentType.JSON)
                .body(Map.of("username", "xy", "password", "short", "role", "admin"))
                .post("/api/users")
                .then()
                .statusCode(400)
                .body("detail", containsString("密码长度须在 10 到 72 个字符之间"));
        given().contentType(ContentType.JSON)
                .body(Map.of("username", researcher, "password", PASSWORD, "role", Roles.COMMITTEE))
                .post("/api/users")
                .then()
                .statusCode(409);
        given().contentType(ContentType.JSON)
                .body(Map.of("username", "someone", "password", PASSWORD, "role", "root"))
                .post("/api/users")
                .then()
                .statusCode(400)
                .body("field", equalTo("role"));
    }

    @Test
    void shouldLetAnyoneSignedInChangeTheirOwnPassword() {
        String changed = "a-brand-new-password";
        given().auth()
                .preemptive()
                .basic(committee, PASSWORD)
                .contentType(ContentType.JSON)
                .body(Map.of("currentPassword", "wrong-password", "newPassword", changed))
                .post("/api/account/password")
                .then()
                .statusCode(400)
                .body("field", equalTo("currentPassword"));

        given().auth()
                .preemptive()
                .basic(committee, PASSWORD)
                .contentType(ContentType.JSON)
                .body(Map.of("currentPassword", PASSWORD, "newPassword", changed))
                .post("/api/account/password")
                .then()
                .statusCode(204);

        given().auth()
                .preemptive()
                .basic(committee, PASSWORD)
                .get("/api/waves")
                .then()
                .statusCode(401);
        given().auth()
                .preemptive()
                .basic(committee, changed)
                .get("/api/waves")
                .then()
                .statusCode(200);
    }

    @Test
    void shouldRecordWhoRequestedWhat() {
        given().auth()
                .preemptive()
                .basic(committee, PASSWORD)
                .get("/api/waves/{wave}/report", wave.code())
                .then()
                .statusCode(200);

        given().queryParam("limit", 50)
                .get("/api/audit")
                .then()
                .statusCode(200)
                .body(
                        "find { it.username == '" + committee + "' }.path",
                        equalTo("/api/waves/" + wave.code() + "/report"))
                .body("find { it.username == '" + committee + "' }.role", equalTo(Roles.COMMITTEE));
    }

    @Test
    void shouldRecordARequestEvenWhenItsAnswerComesFromAnErrorMapper() throws InterruptedException {
        given().auth()
                .preemptive()
                .basic(researcher, PASSWORD)
                .contentType(ContentType.TEXT)
                .body("role=FULL")
                .post("/api/invitations/{token}/responses", wave.token("a"))
                .then()
                .statusCode(415);

        // refused before reaching a worker thread: the filter runs on an IO thread, and a worker writes the record
        boolean recorded = false;
        for (int attempt = 0; attempt < 50 && !recorded; attempt++) {
            List<Integer> statuses = given().queryParam("limit", 100)
                    .get("/api/audit")
                    .then()
                    .statusCode(200)
                    .extract()
                    .path("findAll { it.username == '" + researcher + "' }.status");
            recorded = statuses.contains(415);
            if (!recorded) {
                Thread.sleep(100);
            }
        }
        assertThat(recorded).isTrue();
    }

    String signInThroughTheForm() {
        return given().auth()
                .none()
                .redirects()
                .follow(false)
                .contentType(ContentType.URLENC)
                .formParam("j_username", SignedInAsAdmin.USERNAME)
                .formParam("j_password", SignedInAsAdmin.PASSWORD)
                .post("/j_security_check")
                .then()
                .statusCode(302)
                .extract()
                .cookie(LoginPages.SESSION_COOKIE);
    }

    @Test
    void shouldRefuseACookieSessionChangeWithoutThePagesHeader() {
        String session = signInThroughTheForm();

        given().auth()
                .none()
                .cookie(LoginPages.SESSION_COOKIE, session)
                .post("/api/waves/{wave}/close", wave.code())
                .then()
                .statusCode(403)
                .body("detail", containsString("需要从本系统的页面发起"));
        given().auth()
                .none()
                .cookie(LoginPages.SESSION_COOKIE, session)
                .header(CsrfGuard.HEADER, "lzp-survey")
                .post("/api/waves/{wave}/close", wave.code())
                .then()
                .statusCode(200);
    }

    @Test
    void shouldSendSecurityHeadersAndHardenedCookies() {
        given().auth()
                .none()
                .get("/s/{token}", wave.token("a"))
                .then()
                .header("X-Frame-Options", "DENY")
                .header("X-Content-Type-Options", "nosniff")
                .header("Content-Security-Policy", containsString("frame-ancestors 'none'"));
        String setCookie = given().auth()
                .none()
                .redirects()
                .follow(false)
                .contentType(ContentType.URLENC)
                .formParam("j_username", SignedInAsAdmin.USERNAME)
                .formParam("j_password", SignedInAsAdmin.PASSWORD)
                .post("/j_security_check")
                .then()
                .extract()
                .header("Set-Cookie");
        assertThat(setCookie).containsIgnoringCase("HttpOnly").containsIgnoringCase("SameSite=Strict");
    }
}
