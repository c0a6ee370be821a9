package com.lzp.survey.questionnaire;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

/**
 * A stored definition written as an XLSForm workbook in the columns {@link XlsFormImport} reads, so that an office
 * can start its own questionnaire from the built-in one in Excel or WPS, or in KoboToolbox, and upload it again as
 * a new version. Importing the workbook gives back the same definition.
 */
final class XlsFormExport {

    static final String SCALE_LIST = "scale";

    private XlsFormExport() {}

    static byte[] write(QuestionnaireDefinition definition) {
        try (XSSFWorkbook workbook = new XSSFWorkbook();
                ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            sheet(workbook, "survey", survey(definition));
            sheet(workbook, "choices", choices(definition));
            sheet(workbook, "dimensions", dimensions(definition));
            sheet(workbook, "settings", settings(definition));
            workbook.write(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static final List<String> SURVEY = List.of(
            "type",
            "name",
            "label",
            "hint",
            "required",
            "dimension",
            "reverse",
            "short_label",
            "min_choices",
            "max_choices",
            "none_label",
            "max_length",
            "report_statement");

    private static List<List<String>> survey(QuestionnaireDefinition d) {
        List<List<String>> rows = new ArrayList<>();
        rows.add(SURVEY);
        for (Section section : d.sections()) {
            rows.add(row(SURVEY.size(), "begin_group", section.code(), section.title(), section.intro()));
            for (Question q : section.questions()) {
                List<String> row = row(SURVEY.size(), type(q), q.code(), q.text(), null);
                set(row, "required", q.required() ? "yes" : null);
                set(row, "dimension", q.dimension());
                set(row, "reverse", q.reverse() ? "yes" : null);
                set(row, "short_label", q.label());
                set(row, "min_choices", text(q.minChoices()));
                set(row, "max_choices", text(q.maxChoices()));
                set(row, "none_label", q.noneLabel());
                set(row, "max_length", q.type() == QuestionType.TEXT ? text(q.maxLength()) : null);
                if (d.reportLabels() != null) {
                    set(row, "report_statement", d.reportLabels().statements().get(q.code()));
                }
                rows.add(row);
            }
            rows.add(row(SURVEY.size(), "end_group"));
        }
        return rows;
    }

    private static String type(Question q) {
        return switch (q.type()) {
            case LIKERT -> "select_one " + SCALE_LIST;
            case SINGLE -> "select_one " + q.code();
            case MULTI -> "select_multiple " + q.code();
            case TEXT -> "text";
        };
    }

    private static List<List<String>> choices(QuestionnaireDefinition d) {
        List<List<String>> rows = new ArrayList<>();
        rows.add(List.of("list_name", "name", "label", "group", "group_label", "dimension"));
        if (!d.likertItems().isEmpty()) {
            for (int point = d.scale().min(); point <= d.scale().max(); point++) {
                rows.add(row(6, SCALE_LIST, String.valueOf(point), d.scale().labelOf(point)));
            }
        }
        for (Question q : d.questions()) {
            if (q.type() != QuestionType.SINGLE && q.type() != QuestionType.MULTI) {
                continue;
            }
            Set<String> named = new HashSet<>();
            for (Option option : q.options()) {
                List<String> row = row(6, q.code(), option.code(), option.label(), option.group());
                if (option.group() != null && named.add(option.group())) {
                    row.set(
                            4,
                            q.groups().stream()
                                    .filter(g -> g.code().equals(option.group()))
                                    .map(OptionGroup::label)
                                    .findFirst()
                                    .orElse(null));
                }
                row.set(5, option.dimension());
                rows.add(row);
            }
        }
        return rows;
    }

    private static List<List<String>> dimensions(QuestionnaireDefinition d) {
        List<List<String>> rows = new ArrayList<>();
        rows.add(List.of("name", "label", "role", "aspect", "min_answered", "countermeasure_group"));
        for (Dimension dimension : d.dimensions()) {
            rows.add(row(
                    6,
                    dimension.code(),
                    dimension.name(),
                    dimension.kind().name().toLowerCase(Locale.ROOT),
                    dimension.aspect(),
                    String.valueOf(dimension.minAnswered()),
                    dimension.countermeasureGroup()));
        }
        return rows;
    }

    private static List<List<String>> settings(QuestionnaireDefinition d) {
        List<String> header = List.of(
                "form_title",
                "form_id",
                "version",
                "description",
                "anonymity",
                "estimated_minutes",
                "agree_from",
                "applies_from",
                "report_respondents",
                "report_organizations",
                "report_topic",
                "report_author",
                "report_method",
                "report_effects",
                "report_problems",
                "report_causes",
                "report_countermeasures");
        List<String> values = row(
                header.size(),
                d.title(),
                d.code(),
                String.valueOf(d.version()),
                d.description(),
                d.anonymity(),
                String.valueOf(d.estimatedMinutes()));
        if (!d.likertItems().isEmpty()) {
            values.set(6, String.valueOf(d.scale().agreeFrom()));
            values.set(7, String.valueOf(d.scale().appliesFrom()));
        }
        ReportLabels labels = d.reportLabels();
        if (labels != null) {
            List<String> wording = Arrays.asList(
                    labels.respondents(),
                    labels.organizations(),
                    labels.topic(),
                    labels.author(),
                    labels.method(),
                    labels.effects(),
                    labels.problems(),
                    labels.causes(),
                    labels.countermeasures());
            for (int i = 0; i < wording.size(); i++) {
                values.set(8 + i, wording.get(i));
            }
        }
        return List.of(header, values);
    }

    private static List<String> row(int width, String... values) {
        List<String> row = new ArrayList<>();
        for (int i = 0; i < width; i++) {
            row.add(i < values.length ? values[i] : null);
        }
        return row;
    }

    private static void set(List<String> row, String column, String value) {
        row.set(SURVEY.indexOf(column), value);
    }

    private static String text(Integer value) {
        return value == null ? null : String.valueOf(value);
    }

    private static void sheet(XSSFWorkbook workbook, String name, List<List<String>> rows) {
        Sheet sheet = workbook.createSheet(name);
        for (int r = 0; r < rows.size(); r++) {
            Row row = sheet.createRow(r);
            List<String> values = rows.get(r);
            for (int c = 0; c < values.size(); c++) {
                if (values.get(c) != null && !values.get(c).isEmpty()) {
                    // text cells: a code such as 1 or 010 stays what it is
                    row.createCell(c).setCellValue(values.get(c));
                }
            }
        }
        for (int c = 0; c < rows.get(0).size(); c++) {
            sheet.setColumnWidth(c, Math.min(60, Math.max(10, longest(rows, c) * 2 + 2)) * 256);
        }
        sheet.createFreezePane(0, 1);
    }

    private static int longest(List<List<String>> rows, int column) {
        int longest = 0;
        for (List<String> row : rows) {
            String value = column < row.size() ? row.get(column) : null;
            longest = Math.max(longest, value == null ? 0 : value.length());
        }
        return longest;
    }
}
