package com.lzp.survey.export;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;

import com.lzp.survey.collection.UnitType;
import com.lzp.survey.common.Downloads;
import com.lzp.survey.testing.Answers;
import com.lzp.survey.testing.SurveyFixtures;
import com.lzp.survey.testing.SurveyFixtures.CreatedWave;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import jakarta.inject.Inject;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import tech.tablesaw.api.Table;
import tech.tablesaw.io.Source;
import tech.tablesaw.io.csv.CsvReadOptions;

/** Exports of a wave with six responses: one has a blank Likert item and a suggestion with a comma and quotes. */
@QuarkusTest
class ExportResourceTest {

    static final String SUGGESTION = "建议：一是加强培训，二是“减负”。";

    @Inject
    SurveyFixtures fixtures;

    CreatedWave wave;

    @BeforeEach
    void sixResponses() {
        wave = fixtures.wave("lzp-cadre", SurveyFixtures.unit("a", UnitType.GOVERNMENT_DEPARTMENT, 10));
        post(Answers.builtInComplete().with("P1a", 5).without("E2").with("suggestion", SUGGESTION));
        for (int i = 0; i < 5; i++) {
            post(Answers.builtInComplete().with("P1a", 1 + i).with("role", i % 2 == 0 ? "FULL" : "PART"));
        }
    }

    void post(Answers answers) {
        given().auth()
                .none()
                .contentType(ContentType.JSON)
                .body(answers.body())
                .post("/api/invitations/{token}/responses", wave.token("a"))
                .then()
                .statusCode(201);
    }

    @Test
    void shouldExportResponsesAsCsvThatExcelAndTablesawReadInChinese() {
        byte[] csv = given().get("/api/waves/{wave}/responses.csv", wave.code())
                .then()
                .statusCode(200)
                .contentType(containsString("text/csv"))
                .header("Content-Disposition", containsString("responses-" + wave.code() + ".csv"))
                .extract()
                .asByteArray();

        assertThat(new String(csv, 0, 3, StandardCharsets.ISO_8859_1)).isEqualTo("\u00EF\u00BB\u00BF");
        Table table = Table.read()
                .usingOptions(CsvReadOptions.builder(new Source(new ByteArrayInputStream(csv), StandardCharsets.UTF_8))
                        .missingValueIndicator("")
                        .build());
        assertThat(table.rowCount()).isEqualTo(6);
        assertThat(table.columnNames())
                .startsWith("response_no", "unit", "unit_name", "unit_type", "submitted_on")
                .contains("P1a", "measures_M1", "measures_M9", "suggestion");
        assertThat(table.column("unit_type").getString(0)).isEqualTo("政府部门");
        assertThat(table.column("P1a").getString(0)).isEqualTo("5");
        assertThat(table.column("E2").isMissing(0)).isTrue();
        assertThat(table.column("measures_M8").getString(0)).isEqualTo("1");
        assertThat(table.column("measures_M9").getString(0)).isEqualTo("0");
        assertThat(table.column("suggestion").getString(0)).isEqualTo(SUGGESTION);
        assertThat(table.column("role").getString(1)).isEqualTo("FULL");
    }

    @Test
    void shouldDescribeEveryColumnInTheCodebook() {
        given().get("/api/waves/{wave}/codebook.json", wave.code())
                .then()
                .statusCode(200)
                .body("questionnaire", equalTo("lzp-cadre"))
                .body("columns.find { it.column == 'P1a' }.values.'5'", equalTo("完全同意"))
                .body("columns.find { it.column == 'P1a' }.dimension", equalTo("P1"))
                .body("columns.find { it.column == 'role' }.values.PART", equalTo("兼职党务干部"))
                .body("columns.find { it.column == 'measures_M4' }.values.'1'", equalTo("选择"));
    }

    @Test
    void shouldExportAWorkbookWithDataCodebookAndKeyTables() throws Exception {
        byte[] xlsx = given().get("/api/waves/{wave}/responses.xlsx", wave.code())
                .then()
                .statusCode(200)
                .contentType(Downloads.XLSX)
                .extract()
                .asByteArray();

        try (XSSFWorkbook workbook = new XSSFWorkbook(new ByteArrayInputStream(xlsx))) {
            assertThat(workbook.getSheetAt(0).getSheetName()).isEqualTo("数据");
            assertThat(workbook.getSheetAt(0).getLastRowNum()).isEqualTo(6);
            assertThat(workbook.getSheet("编码表")).isNotNull();
            assertThat(workbook.getSheet("原因归因")).isNotNull();
            var p1a = workbook.getSheetAt(0).getRow(1).getCell(headerIndex(workbook, "P1a"));
            assertThat(p1a.getCellType()).isEqualTo(CellType.NUMERIC);
            assertThat(p1a.getNumericCellValue()).isEqualTo(5.0);
        }
    }

    static int headerIndex(org.apache.poi.ss.usermodel.Row header, String column) {
        for (int c = 0; c < header.getLastCellNum(); c++) {
            if (header.getCell(c).getStringCellValue().equals(column)) {
                return c;
            }
        }
        throw new AssertionError("no column " + column);
    }

    static int headerIndex(XSSFWorkbook workbook, String column) {
        var header = workbook.getSheetAt(0).getRow(0);
        for (int c = 0; c < header.getLastCellNum(); c++) {
            if (header.getCell(c).getStringCellValue().equals(column)) {
                return c;
            }
        }
        throw new AssertionError("no column " + column);
    }

    @Test
    void shouldExportEveryAnalysisTable() throws Exception {
        byte[] xlsx = given().get("/api/waves/{wave}/analysis.xlsx", wave.code())
                .then()
                .statusCode(200)
                .extract()
                .asByteArray();
        try (XSSFWorkbook workbook = new XSSFWorkbook(new ByteArrayInputStream(xlsx))) {
            assertThat(workbook.getNumberOfSheets()).isEqualTo(10);
            // percentages, means and p-values are numbers a spreadsheet can compute with
            var items = workbook.getSheet("条目频数");
            var header = items.getRow(0);
            var first = items.getRow(1);
            int numbers = 0;
            for (int c = 2; c < header.getLastCellNum(); c++) {
                // an empty figure (an SD over one answer) is an empty cell; every other is a number
                if (first.getCell(c) != null) {
                    assertThat(first.getCell(c).getCellType())
                            .as(header.getCell(c).getStringCellValue())
                            .isEqualTo(org.apache.poi.ss.usermodel.CellType.NUMERIC);
                    numbers++;
                }
            }
            assertThat(numbers).isGreaterThanOrEqualTo(header.getLastCellNum() - 3);
            assertThat(first.getCell(headerIndex(header, "agree_percent"))
                            .getCellStyle()
                            .getDataFormatString())
                    .isEqualTo("0.0");
            assertThat(first.getCell(0).getCellType()).isEqualTo(org.apache.poi.ss.usermodel.CellType.STRING);
            var crosstabs = workbook.getSheet("交叉表");
            int p = headerIndex(crosstabs.getRow(0), "p");
            var tested = java.util.stream.IntStream.rangeClosed(1, crosstabs.getLastRowNum())
                    .mapToObj(r -> crosstabs.getRow(r).getCell(p))
                    .filter(java.util.Objects::nonNull)
                    .findFirst()
                    .orElseThrow();
            assertThat(tested.getCellType()).isEqualTo(org.apache.poi.ss.usermodel.CellType.NUMERIC);
            assertThat(tested.getCellStyle().getDataFormatString()).isEqualTo("0.0000");
        }
        String items = given().get("/api/waves/{wave}/analysis/items.csv", wave.code())
                .then()
                .statusCode(200)
                .extract()
                .asString();
        List<String> lines = items.lines().toList();
        assertThat(lines.get(0))
                .isEqualTo("\uFEFFitem,dimension,answered,missing,n_1,n_2,n_3,n_4,n_5,agree_percent,mean,sd");
        // P1a answered 5, 1, 2, 3, 4, 5: mean 20/6 written to full precision
        assertThat(lines).anyMatch(l -> l.startsWith("P1a,P1,6,0,1,1,1,1,2,50.0,3.3333333333333335,"));
        given().get("/api/waves/{wave}/analysis/{table}.csv", wave.code(), "nothing")
                .then()
                .statusCode(404)
                .body("detail", containsString("attribution"));
    }
}
