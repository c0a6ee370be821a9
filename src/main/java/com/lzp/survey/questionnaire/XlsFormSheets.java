package com.lzp.survey.questionnaire;

import com.lzp.survey.common.FieldError;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import org.apache.poi.EncryptedDocumentException;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.FormulaEvaluator;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.ss.usermodel.WorkbookFactory;
import org.apache.poi.ss.util.CellReference;

/**
 * The sheets of an XLSForm workbook as rows of text keyed by column header, each value remembering its cell, so
 * that every problem can name its sheet, row and column.
 */
final class XlsFormSheets {

    /** Largest workbook accepted: an XLSForm of hundreds of questions is well under 1 MB. */
    static final int LARGEST_WORKBOOK = 5 << 20;
    /** Largest unpacked content of an .xlsx: a guard against a small file that unpacks to gigabytes. */
    static final long LARGEST_UNPACKED = 64L << 20;

    static final int MOST_ROWS = 5000;

    /** One non-empty row of a sheet. */
    record SheetRow(String sheet, int number, Map<String, String> values, Map<String, Integer> columns) {

        /** The trimmed text of a column, empty when the column or the cell is absent. */
        String get(String column) {
            String value = values.get(column);
            return value == null ? "" : value;
        }

        boolean has(String column) {
            return !get(column).isEmpty();
        }

        /** The field of a problem in this row's column: {@code survey!D12}. */
        String field(String column) {
            Integer index = columns.get(column);
            return index == null
                    ? sheet + "!" + number + ":" + number
                    : sheet + "!" + CellReference.convertNumToColString(index) + number;
        }

        /** A problem in this row's column, said with the sheet, row and column. */
        FieldError problem(String column, String message) {
            Integer index = columns.get(column);
            String where = index == null
                    ? sheet + " 表第 " + number + " 行"
                    : sheet + " 表第 " + number + " 行 " + column + " 列（" + CellReference.convertNumToColString(index)
                            + number + "）";
            return new FieldError(field(column), where + "：" + message);
        }
    }

    /** One sheet: its header (column name → index, in order) and its non-empty rows. */
    record SheetRows(String name, Map<String, Integer> columns, List<SheetRow> rows) {}

    private final Map<String, SheetRows> sheets;

    private XlsFormSheets(Map<String, SheetRows> sheets) {
        this.sheets = sheets;
    }

    Optional<SheetRows> sheet(String name) {
        return Optional.ofNullable(sheets.get(name));
    }

    /**
     * Reads every sheet of the workbook.
     *
     * @param problems where a workbook that cannot be read is reported
     * @return empty when the bytes are not a readable workbook
     */
    static Optional<XlsFormSheets> read(byte[] bytes, List<FieldError> problems) {
        if (bytes == null || bytes.length == 0) {
            problems.add(new FieldError("file", "没有收到文件：请上传 XLSForm 工作簿（.xlsx）。"));
            return Optional.empty();
        }
        if (bytes.length > LARGEST_WORKBOOK) {
            problems.add(new FieldError(
                    "file",
                    "文件太大（" + (bytes.length >> 10) + " KB）：XLSForm 工作簿不能超过 " + (LARGEST_WORKBOOK >> 20) + " MB。"));
            return Optional.empty();
        }
        if (isZip(bytes) && unpackedSize(bytes) > LARGEST_UNPACKED) {
            problems.add(new FieldError("file", "工作簿解压后过大，不像是一份问卷，已拒绝。"));
            return Optional.empty();
        }
        try (InputStream in = new ByteArrayInputStream(bytes);
                Workbook workbook = WorkbookFactory.create(in)) {
            DataFormatter formatter = new DataFormatter(Locale.ROOT);
            FormulaEvaluator evaluator = workbook.getCreationHelper().createFormulaEvaluator();
            Map<String, SheetRows> sheets = new LinkedHashMap<>();
            for (Sheet sheet : workbook) {
                String name = sheet.getSheetName().strip().toLowerCase(Locale.ROOT);
                sheets.put(name, rowsOf(sheet, name, formatter, evaluator, problems));
            }
            return Optional.of(new XlsFormSheets(sheets));
        } catch (EncryptedDocumentException e) {
            problems.add(new FieldError("file", "工作簿设置了密码，无法读取：请去掉密码后再上传。"));
        } catch (IOException | RuntimeException e) {
            // POI says why in English (not a zip, not OLE2, broken XML); the person needs to know what to do
            problems.add(
                    new FieldError("file", "无法读取上传的文件：它不是有效的 Excel 工作簿（.xlsx 或 .xls）。请在 Excel 或 WPS 中另存为 .xlsx 后再上传。"));
        }
        return Optional.empty();
    }

    private static SheetRows rowsOf(
            Sheet sheet, String name, DataFormatter formatter, FormulaEvaluator evaluator, List<FieldError> problems) {
        Map<String, Integer> columns = new LinkedHashMap<>();
        List<SheetRow> rows = new ArrayList<>();
        Row header = null;
        for (Row row : sheet) {
            if (header == null) {
                if (!isEmpty(row, formatter, evaluator)) {
                    header = row;
                    for (Cell cell : row) {
                        String column = text(cell, formatter, evaluator);
                        if (!column.isEmpty()) {
                            columns.putIfAbsent(normalise(column), cell.getColumnIndex());
                        }
                    }
                }
                continue;
            }
            Map<String, String> values = new LinkedHashMap<>();
            columns.forEach((column, index) -> {
                Cell cell = row.getCell(index);
                String value = cell == null ? "" : text(cell, formatter, evaluator);
                if (!value.isEmpty()) {
                    values.put(column, value);
                }
            });
            if (!values.isEmpty()) {
                if (rows.size() == MOST_ROWS) {
                    problems.add(new FieldError(name, name + " 表超过 " + MOST_ROWS + " 行，不像是一份问卷。"));
                    break;
                }
                rows.add(new SheetRow(name, row.getRowNum() + 1, values, columns));
            }
        }
        return new SheetRows(name, columns, rows);
    }

    /**
     * Column names as XLSForm tools compare them: case and spacing around the language part do not matter
     * ({@code Label::Chinese (zh)} is {@code label::chinese (zh)}).
     */
    static String normalise(String column) {
        String[] parts = column.strip().split("::", 2);
        String base = parts[0].strip().toLowerCase(Locale.ROOT).replace(' ', '_');
        return parts.length == 1 ? base : base + "::" + parts[1].strip().toLowerCase(Locale.ROOT);
    }

    private static boolean isEmpty(Row row, DataFormatter formatter, FormulaEvaluator evaluator) {
        for (Cell cell : row) {
            if (!text(cell, formatter, evaluator).isEmpty()) {
                return false;
            }
        }
        return true;
    }

    private static String text(Cell cell, DataFormatter formatter, FormulaEvaluator evaluator) {
        try {
            return formatter.formatCellValue(cell, evaluator).strip();
        } catch (RuntimeException e) {
            // a formula POI cannot evaluate: its cached result, if any
            return formatter.formatCellValue(cell).strip();
        }
    }

    private static boolean isZip(byte[] bytes) {
        return bytes.length > 4 && bytes[0] == 'P' && bytes[1] == 'K';
    }

    /** Bytes the archive unpacks to, counted by reading (the sizes in its directory could lie). */
    private static long unpackedSize(byte[] bytes) {
        long total = 0;
        byte[] buffer = new byte[64 << 10];
        try (ZipInputStream zip = new ZipInputStream(new ByteArrayInputStream(bytes))) {
            for (ZipEntry entry = zip.getNextEntry(); entry != null; entry = zip.getNextEntry()) {
                for (int read = zip.read(buffer); read > 0; read = zip.read(buffer)) {
                    total += read;
                    if (total > LARGEST_UNPACKED) {
                        return total;
                    }
                }
            }
        } catch (IOException e) {
            return 0; // not a readable zip: POI will say the file is not a workbook
        }
        return total;
    }
}
