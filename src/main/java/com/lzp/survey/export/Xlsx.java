package com.lzp.survey.export;

import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.regex.Pattern;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.xssf.streaming.SXSSFSheet;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;

/**
 * An Excel workbook written as a stream (POI's SXSSF): only a window of rows per sheet is in memory, the rest goes
 * to a temporary file that is removed when the workbook is closed.
 */
public final class Xlsx implements AutoCloseable {

    static final int ROWS_IN_MEMORY = 200;
    /** Cells that look like numbers are written as numbers, so that spreadsheets can compute with them. */
    private static final Pattern NUMBER = Pattern.compile("-?\\d+(\\.\\d+)?(E-?\\d+)?");

    private final SXSSFWorkbook workbook = new SXSSFWorkbook(ROWS_IN_MEMORY);
    private final CellStyle bold;

    public Xlsx() {
        workbook.setCompressTempFiles(true);
        Font font = workbook.createFont();
        font.setBold(true);
        bold = workbook.createCellStyle();
        bold.setFont(font);
    }

    /** A new sheet with a bold header row; returns a writer for its rows. */
    Sheet sheet(String name, List<String> header) {
        SXSSFSheet sheet = workbook.createSheet(name);
        Sheet writer = new Sheet(sheet);
        Row row = sheet.createRow(0);
        for (int c = 0; c < header.size(); c++) {
            row.createCell(c).setCellValue(header.get(c));
            row.getCell(c).setCellStyle(bold);
        }
        sheet.createFreezePane(0, 1);
        return writer;
    }

    public void table(DataTable table) {
        Sheet sheet = sheet(table.title(), table.header());
        table.rows().forEach(sheet::row);
    }

    public void write(OutputStream out) {
        try {
            workbook.write(out);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Override
    public void close() {
        try {
            workbook.close();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static final class Sheet {
        private final SXSSFSheet sheet;
        private int next = 1;

        private Sheet(SXSSFSheet sheet) {
            this.sheet = sheet;
        }

        void row(List<String> cells) {
            Row row = sheet.createRow(next++);
            for (int c = 0; c < cells.size(); c++) {
                String cell = cells.get(c);
                if (cell != null && !cell.isEmpty() && NUMBER.matcher(cell).matches() && cell.length() < 16) {
                    row.createCell(c).setCellValue(Double.parseDouble(cell));
                } else if (cell != null && !cell.isEmpty()) {
                    row.createCell(c).setCellValue(cell);
                }
            }
        }
    }
}
