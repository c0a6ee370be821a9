package com.lzp.survey.findings;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;

import com.lzp.survey.collection.UnitType;
import com.lzp.survey.common.Downloads;
import com.lzp.survey.testing.GeneratedResponses;
import com.lzp.survey.testing.SurveyFixtures;
import com.lzp.survey.testing.SurveyFixtures.CreatedWave;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.io.ByteArrayInputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The findings report of a 60-response wave, in every format. */
@QuarkusTest
class FindingsResourceTest {

    @Inject
    SurveyFixtures fixtures;

    CreatedWave wave;

    @BeforeEach
    void sixtyResponses() {
        wave = fixtures.wave(
                "lzp-cadre",
                SurveyFixtures.unit("gov", UnitType.GOVERNMENT_DEPARTMENT, 40),
                SurveyFixtures.unit("party", UnitType.PARTY_DEPARTMENT, 30));
        GeneratedResponses.post(wave, 60, 7, i -> i % 3 == 0 ? "party" : "gov");
    }

    @Test
    void shouldReturnTheReportAsData() {
        given().get("/api/waves/{wave}/report", wave.code())
                .then()
                .statusCode(200)
                .body("sections.heading", contains("一、调查基本情况", "二、工作成效", "三、存在问题", "四、原因剖析", "五、对策建议"))
                .body("tables", hasSize(10))
                .body("sections[0].paragraphs[0].spans[0].text", containsString("回收有效问卷60份"));
    }

    @Test
    void shouldServeTheReportAsAPageWithLinksToItsTables() {
        given().get("/waves/{wave}/report", wave.code())
                .then()
                .statusCode(200)
                .contentType(containsString("text/html"))
                .body(containsString("五、对策建议"))
                .body(containsString("<a href=\"#t7\">见附表7</a>"))
                .body(containsString("id=\"t10\""))
                .body(containsString("/api/waves/" + wave.code() + "/charts/cause-attribution.png"));
    }

    @Test
    void shouldKeepTheFiltersForTheChartsOfAFilteredReport() {
        given().queryParam("unitType", "政府部门")
                .get("/waves/{wave}/report", wave.code())
                .then()
                .statusCode(200)
                .body(containsString("回收有效问卷40份"))
                .body(containsString("cause-attribution.png?unitType="));
    }

    @Test
    void shouldGiveNoResponseRateForASelectionOfRespondents() {
        String page = given().queryParam("role", "PART")
                .get("/waves/{wave}/report", wave.code())
                .then()
                .statusCode(200)
                .extract()
                .asString();

        assertThat(page).contains("岗位性质为兼职党务干部").contains("不计算回收率").doesNotContain("回收率不足");
        assertThat(page).doesNotContainPattern("回收率\\d");
    }

    @Test
    void shouldServeTheReportAsMarkdown() {
        String markdown = given().get("/api/waves/{wave}/report.md", wave.code())
                .then()
                .statusCode(200)
                .contentType(containsString("text/markdown"))
                .header("Content-Disposition", containsString("report-" + wave.code() + ".md"))
                .extract()
                .asString();

        assertThat(markdown)
                .contains("## 四、原因剖析")
                .contains("[见附表7](#t7)")
                .contains("### 表10 ")
                .contains("![cause-attribution](/api/waves/" + wave.code() + "/charts/cause-attribution.png)");
    }

    @Test
    void shouldServeAWordDocumentWithHeadingsChartsAndTables() throws Exception {
        byte[] docx = given().get("/api/waves/{wave}/report.docx", wave.code())
                .then()
                .statusCode(200)
                .contentType(Downloads.DOCX)
                .header("Content-Disposition", containsString("report-" + wave.code() + ".docx"))
                .extract()
                .asByteArray();
        Files.write(Files.createDirectories(Path.of("target", "reports")).resolve("report-test.docx"), docx);

        try (XWPFDocument document = new XWPFDocument(new ByteArrayInputStream(docx))) {
            assertThat(document.getParagraphs())
                    .filteredOn(p -> "Heading1".equals(p.getStyle()))
                    .extracting(XWPFParagraph::getText)
                    .contains("一、调查基本情况", "二、工作成效", "三、存在问题", "四、原因剖析", "五、对策建议", "附表");
            assertThat(document.getAllPictures()).hasSize(9);
            assertThat(document.getTables()).hasSize(10);
            assertThat(document.getParagraphs()).anyMatch(p -> p.getText().contains("进一步分析各类原因与问题的关联"));
            var page = document.getDocument().getBody().getSectPr();
            assertThat(page.getPgSz().getW()).as("A4 width in twips").isEqualTo(java.math.BigInteger.valueOf(11906));
            assertThat(page.getPgSz().getH()).as("A4 height in twips").isEqualTo(java.math.BigInteger.valueOf(16838));
            assertThat(page.getPgMar().getTop()).as("37 mm").isEqualTo(java.math.BigInteger.valueOf(2098));
            assertThat(document.getFooterList()).isNotEmpty();
        }
    }

    @Test
    void shouldSayWhenTheWaveDoesNotExist() {
        given().get("/api/waves/{wave}/report", "nope")
                .then()
                .statusCode(404)
                .body("detail", equalTo("没有找到调查批次「nope」。"));
    }
}
