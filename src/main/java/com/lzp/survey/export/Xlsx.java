package com.lzp.survey.export;

import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import org.apache.poi.ss.usermodel.Cell;
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

    private static Double parse(String cell) {
        try {
            double value = Double.parseDouble(cell);
            return Double.isFinite(value) ? value : null;
        } catch (NumberFormatException e) {
            return null;
        }
    }
    /** Cells that look like numbers are written as numbers, so that spreadsheets can compute with them. */
    private static final Pattern NUMBER = Pattern.compile("-?\\d+(\\.\\d+)?(E-?\\d+)?");

    private final SXSSFWorkbook workbook = new SXSSFWorkbook(ROWS_IN_MEMORY);
    private final CellStyle bold;
    private final Map<String, CellStyle> styles = new HashMap<>();

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

    /** A sheet of the table: numeric columns as numeric cells with their number format, text as text. */
    public void table(DataTable table) {
        Sheet sheet = sheet(table.title(), table.header());
        table.rows().forEach(row -> sheet.typedRow(row, table.types()));
    }

    private CellStyle style(String format) {
        return styles.computeIfAbsent(format, f -> {
            CellStyle style = workbook.createCellStyle();
            style.setDataFormat(workbook.createDataFormat().getFormat(f));
            return style;
        });
    }

    /** The number format a number written as {@code text} shows it with: as many decimals as the text has. */
    static String asWritten(String text) {
        int dot = text.indexOf('.');
        if (dot < 0 || text.contains("E") || text.contains("e")) {
            return dot < 0 && !text.contains("E") ? "0" : "General";
        }
        return "0." + "0".repeat(Math.min(6, text.length() - dot - 1));
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

    final class Sheet {
        private final SXSSFSheet sheet;
        private int next = 1;

        private Sheet(SXSSFSheet sheet) {
            this.sheet = sheet;
        }

        /** Numeric columns as numbers where the cell reads as one (a suppressed "<5" stays text), the rest as text. */
        void typedRow(List<String> cells, List<CellType> types) {
            Row row = sheet.createRow(next++);
            for (int c = 0; c < cells.size(); c++) {
                String cell = cells.get(c);
                if (cell == null || cell.isEmpty()) {
                    continue;
                }
                CellType type = c < types.size() ? types.get(c) : CellType.TEXT;
                Double number = type.numeric() ? parse(cell) : null;
                if (number == null) {
                    row.createCell(c).setCellValue(cell);
                } else {
                    Cell written = row.createCell(c);
                    written.setCellValue(number);
                    written.setCellStyle(style(type == CellType.AS_WRITTEN ? asWritten(cell) : type.format()));
                }
            }
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
