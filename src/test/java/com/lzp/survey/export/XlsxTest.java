package com.lzp.survey.export;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.util.List;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;

/** Typed columns become numeric cells with number formats; text stays text, codes keep their leading zeros. */
class XlsxTest {

    static XSSFWorkbook written(DataTable table) throws Exception {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (Xlsx xlsx = new Xlsx()) {
            xlsx.table(table);
            xlsx.write(out);
        }
        return new XSSFWorkbook(new ByteArrayInputStream(out.toByteArray()));
    }

    @Test
    void shouldWriteNumbersAsNumericCellsWithTheirFormats() throws Exception {
        DataTable table = new DataTable(
                "t",
                "表",
                List.of("code", "n", "percent", "mean", "p", "shown"),
                List.of(
                        List.of("01", "565", "42.18181818181818", "3.3333333333333335", "1.2E-5", "95.0"),
                        List.of("02", "", "", "", "", "<5")),
                List.of(
                        com.lzp.survey.export.CellType.TEXT,
                        com.lzp.survey.export.CellType.INTEGER,
                        com.lzp.survey.export.CellType.PERCENT,
                        com.lzp.survey.export.CellType.DECIMAL,
                        com.lzp.survey.export.CellType.P_VALUE,
                        com.lzp.survey.export.CellType.AS_WRITTEN));

        try (XSSFWorkbook workbook = written(table)) {
            Row row = workbook.getSheet("表").getRow(1);
            assertThat(row.getCell(0).getCellType()).isEqualTo(CellType.STRING);
            assertThat(row.getCell(0).getStringCellValue()).isEqualTo("01");
            assertThat(row.getCell(1).getNumericCellValue()).isEqualTo(565);
            assertThat(row.getCell(1).getCellStyle().getDataFormatString()).isEqualTo("0");
            assertThat(row.getCell(2).getCellType()).isEqualTo(CellType.NUMERIC);
            assertThat(row.getCell(2).getNumericCellValue()).isEqualTo(42.18181818181818);
            assertThat(row.getCell(2).getCellStyle().getDataFormatString()).isEqualTo("0.0");
            assertThat(row.getCell(3).getNumericCellValue()).isEqualTo(3.3333333333333335);
            assertThat(row.getCell(3).getCellStyle().getDataFormatString()).isEqualTo("0.000");
            assertThat(row.getCell(4).getNumericCellValue()).isEqualTo(1.2e-5);
            assertThat(row.getCell(4).getCellStyle().getDataFormatString()).isEqualTo("0.0000");
            assertThat(row.getCell(5).getNumericCellValue()).isEqualTo(95.0);
            assertThat(row.getCell(5).getCellStyle().getDataFormatString()).isEqualTo("0.0");
            Row suppressed = workbook.getSheet("表").getRow(2);
            assertThat(suppressed.getCell(1))
                    .as("an empty figure is an empty cell")
                    .isNull();
            assertThat(suppressed.getCell(5).getCellType()).isEqualTo(CellType.STRING);
            assertThat(suppressed.getCell(5).getStringCellValue()).isEqualTo("<5");
        }
    }

    @Test
    void shouldKeepUntypedTablesAsText() throws Exception {
        try (XSSFWorkbook workbook = written(new DataTable("t", "表", List.of("code"), List.of(List.of("007"))))) {
            assertThat(workbook.getSheet("表").getRow(1).getCell(0).getStringCellValue())
                    .isEqualTo("007");
        }
    }
}
