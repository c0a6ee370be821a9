package com.lzp.survey.questionnaire;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.endsWith;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.lzp.survey.common.Downloads;
import com.lzp.survey.testing.DefinitionJson;
import com.lzp.survey.testing.SurveyFixtures;
import com.lzp.survey.testing.XlsForms;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import jakarta.inject.Inject;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** An admin imports an XLSForm workbook, as a form upload or as the request body; refusals name the cell. */
@QuarkusTest
class XlsFormUploadTest {

    @Inject
    SurveyFixtures fixtures;

    static String freshCode() {
        return "kobo-" + UUID.randomUUID().toString().substring(0, 8);
    }

    @Test
    void shouldStoreAnUploadedWorkbookAsTheSameDefinitionAsItsJsonTwin() throws Exception {
        String fromXlsForm = freshCode();
        DefinitionJson twin = DefinitionJson.sixPoint();

        given().multiPart(
                        "file",
                        "six-point.xlsx",
                        XlsForms.sixPointTwin(fromXlsForm).bytes(),
                        Downloads.XLSX)
                .post("/api/questionnaires/xlsform")
                .then()
                .statusCode(201)
                .header("Location", endsWith("/api/questionnaires/" + fromXlsForm + "/versions/1"))
                .body("outcome", equalTo("CREATED"))
                .body("warnings.size()", equalTo(0));
        given().contentType(ContentType.JSON)
                .body(twin.json())
                .post("/api/questionnaires")
                .then()
                .statusCode(201);

        ObjectMapper mapper = new ObjectMapper();
        JsonNode imported = mapper.readTree(given().get("/api/questionnaires/{code}/versions/1", fromXlsForm)
                .then()
                .statusCode(200)
                .extract()
                .asString());
        JsonNode uploaded = mapper.readTree(given().get("/api/questionnaires/{code}/versions/1", twin.code())
                .then()
                .statusCode(200)
                .extract()
                .asString());
        ((com.fasterxml.jackson.databind.node.ObjectNode) imported).put("code", twin.code());
        assertThat(imported).isEqualTo(uploaded);
    }

    @Test
    void shouldHandOutAVersionAsAWorkbookThatUploadsAsTheNextVersion() {
        DefinitionJson definition = DefinitionJson.sixPoint();
        given().contentType(ContentType.JSON)
                .body(definition.json())
                .post("/api/questionnaires")
                .then()
                .statusCode(201);

        byte[] workbook = given().get("/api/questionnaires/{code}/versions/1/xlsform", definition.code())
                .then()
                .statusCode(200)
                .contentType(Downloads.XLSX)
                .header("Content-Disposition", containsString("questionnaire-" + definition.code() + "-v1.xlsx"))
                .extract()
                .asByteArray();
        given().contentType(Downloads.XLSX)
                .body(workbook)
                .queryParam("version", 2)
                .post("/api/questionnaires/xlsform")
                .then()
                .statusCode(201)
                .body("version", equalTo(2));

        String first = given().get("/api/questionnaires/{code}/versions/1", definition.code())
                .asString();
        String second = given().get("/api/questionnaires/{code}/versions/2", definition.code())
                .asString();
        assertThat(second.replace("\"version\":2", "\"version\":1")).isEqualTo(first);
        given().get("/api/questionnaires/{code}/versions/7/xlsform", definition.code())
                .then()
                .statusCode(404);
    }

    @Test
    void shouldTakeTheWorkbookAsTheRequestBodyWithTheVersionFromTheAddress() {
        String code = freshCode();
        byte[] workbook = XlsForms.sixPointTwin(code)
                .change("settings", rows -> rows.get(1).set(2, "vK8xT3q"))
                .bytes();

        given().contentType(Downloads.XLSX)
                .body(workbook)
                .queryParam("version", 4)
                .post("/api/questionnaires/xlsform")
                .then()
                .statusCode(201)
                .body("version", equalTo(4));
        given().contentType(Downloads.XLSX)
                .body(workbook)
                .queryParam("version", 4)
                .post("/api/questionnaires/xlsform")
                .then()
                .statusCode(200)
                .body("outcome", equalTo("UNCHANGED"));

        assertThat(fixtures.questionnaireVersions(code)).isEqualTo(1);
    }

    @Test
    void shouldNameTheCellOfEveryProblemAndStoreNothing() {
        String code = freshCode();
        byte[] workbook = XlsForms.sixPointTwin(code)
                .change("survey", rows -> rows.get(12).set(11, "maybe"))
                .change("settings", rows -> rows.get(1).set(2, "vK8xT3q"))
                .bytes();

        given().contentType(Downloads.XLSX)
                .body(workbook)
                .post("/api/questionnaires/xlsform")
                .then()
                .statusCode(422)
                .contentType("application/problem+json")
                .body("title", equalTo("问卷定义未通过检查"))
                .body("errors.field", hasItem("survey!L13"))
                .body("errors.field", hasItem("settings!C2"))
                .body(
                        "errors.message",
                        hasItem("settings 表第 2 行 version 列（C2）：「vK8xT3q」不是有效的值：版本号须为正整数（例如 1），也可在上传地址中给出 ?version=。"));

        assertThat(fixtures.questionnaireVersions(code)).isZero();
    }

    @Test
    void shouldRefuseWhatIsNotAWorkbook() {
        given().contentType(Downloads.XLSX)
                .body("type,name\ntext,q1\n".getBytes())
                .post("/api/questionnaires/xlsform")
                .then()
                .statusCode(422)
                .body("detail", containsString("它不是有效的 Excel 工作簿"));
        given().multiPart("other", "x.txt", "x".getBytes())
                .post("/api/questionnaires/xlsform")
                .then()
                .statusCode(422)
                .body("detail", containsString("没有收到文件：请在表单的 file 字段上传 XLSForm 工作簿"));
        given().contentType(Downloads.XLSX)
                .body(new byte[XlsFormSheets.LARGEST_WORKBOOK + 1])
                .post("/api/questionnaires/xlsform")
                .then()
                .statusCode(413)
                .body("detail", equalTo("文件超过 5 MB，不像是一份问卷。"));
    }

    @Test
    void shouldLetOnlyAdminsImport() {
        String code = freshCode();

        given().auth()
                .none()
                .contentType(Downloads.XLSX)
                .body(XlsForms.sixPointTwin(code).bytes())
                .post("/api/questionnaires/xlsform")
                .then()
                .statusCode(401);

        assertThat(fixtures.questionnaireVersions(code)).isZero();
    }
}
