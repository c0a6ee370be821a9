package com.lzp.survey.questionnaire;

import com.lzp.survey.common.FieldError;
import com.lzp.survey.questionnaire.XlsFormSheets.SheetRow;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Where each part of a definition read from an XLSForm came from — the settings row, each section's group row, each
 * question's row, each choice list's rows, each dimension's row — so that a finding of the definition check (which
 * speaks of {@code sections[1].questions[0].dimension}) is said in the workbook's terms: sheet, row and column.
 */
final class XlsFormOrigins {

    /** The label language suffix ({@code ::chinese (zh)}), empty for plain {@code label}. */
    String language = "";

    SheetRow settings;
    final List<SheetRow> sectionRows = new ArrayList<>();
    final List<List<SheetRow>> questionRows = new ArrayList<>();
    final Map<String, List<SheetRow>> listRows = new LinkedHashMap<>();
    final List<SheetRow> dimensionRows = new ArrayList<>();
    /** The rows that give a question's statement for the report, by question code. */
    final Map<String, SheetRow> statementRows = new LinkedHashMap<>();
    /** The choice list of the Likert items: the scale. */
    String scaleList;

    /** The label (or hint) column of a row in the chosen language, the plain one when that is where the text is. */
    String localisedColumn(SheetRow row, String base) {
        return row.has(base + language) || !row.columns().containsKey(base) ? base + language : base;
    }

    private static final Pattern QUESTION_PATH =
            Pattern.compile("sections\\[(\\d+)]\\.questions\\[(\\d+)](?:\\.(\\w+)(?:\\[(\\d+)](?:\\.(\\w+))?)?)?");
    private static final Pattern SECTION_PATH = Pattern.compile("sections\\[(\\d+)](?:\\.(\\w+))?");
    private static final Pattern DIMENSION_PATH = Pattern.compile("dimensions\\[(\\d+)](?:\\.(\\w+))?");

    /** A finding of the definition check, said where it is in the workbook. */
    FieldError traced(FieldError mistake) {
        String path = mistake.field() == null ? "" : mistake.field();
        Matcher q = QUESTION_PATH.matcher(path);
        if (q.matches()) {
            SheetRow row = questionRows.get(Integer.parseInt(q.group(1))).get(Integer.parseInt(q.group(2)));
            String property = q.group(3);
            if (("options".equals(property) || "groups".equals(property)) && q.group(4) != null) {
                return inList(row, property, Integer.parseInt(q.group(4)), q.group(5), mistake);
            }
            return row.problem(surveyColumn(row, property), mistake.message());
        }
        Matcher s = SECTION_PATH.matcher(path);
        if (s.matches()) {
            SheetRow row = sectionRows.get(Integer.parseInt(s.group(1)));
            return row.problem("title".equals(s.group(2)) ? localisedColumn(row, "label") : "name", mistake.message());
        }
        Matcher d = DIMENSION_PATH.matcher(path);
        if (d.matches()) {
            SheetRow row = dimensionRows.get(Integer.parseInt(d.group(1)));
            String column = row.sheet().equals("survey") ? "dimension" : dimensionColumn(row, d.group(2));
            return row.problem(column, mistake.message());
        }
        if (path.startsWith("scale") && scaleList != null) {
            if (path.contains("agreeFrom") && settings != null && settings.has("agree_from")) {
                return settings.problem("agree_from", mistake.message());
            }
            if (path.contains("appliesFrom") && settings != null && settings.has("applies_from")) {
                return settings.problem("applies_from", mistake.message());
            }
            return listRows.get(scaleList).get(0).problem("list_name", mistake.message());
        }
        if (path.startsWith("reportLabels.statements.")
                && statementRows.containsKey(path.substring("reportLabels.statements.".length()))) {
            return statementRows
                    .get(path.substring("reportLabels.statements.".length()))
                    .problem("report_statement", mistake.message());
        }
        String column = switch (path) {
            case "code" -> "form_id";
            case "version" -> "version";
            case "title" -> "form_title";
            case "estimatedMinutes" -> "estimated_minutes";
            default -> null;
        };
        if (column != null && settings != null) {
            return settings.problem(column, mistake.message());
        }
        return new FieldError(path.isEmpty() ? "survey" : path, mistake.message());
    }

    private FieldError inList(SheetRow questionRow, String property, int index, String field, FieldError mistake) {
        String list = questionRow.get("type").strip().split("\\s+").length > 1
                ? questionRow.get("type").strip().split("\\s+")[1]
                : null;
        List<SheetRow> rows = list == null ? null : listRows.get(list);
        if (rows == null) {
            return questionRow.problem("type", mistake.message());
        }
        if (property.equals("groups")) {
            // the first choice of the index-th group named
            List<String> seen = new ArrayList<>();
            for (SheetRow row : rows) {
                if (row.has("group") && !seen.contains(row.get("group"))) {
                    seen.add(row.get("group"));
                    if (seen.size() == index + 1) {
                        return row.problem("label".equals(field) ? "group_label" : "group", mistake.message());
                    }
                }
            }
            return questionRow.problem("type", mistake.message());
        }
        SheetRow row = index < rows.size() ? rows.get(index) : rows.get(rows.size() - 1);
        String column = field == null
                ? "name"
                : switch (field) {
                    case "label" -> localisedColumn(row, "label");
                    case "group" -> "group";
                    case "dimension" -> "dimension";
                    default -> "name";
                };
        return row.problem(column, mistake.message());
    }

    private String surveyColumn(SheetRow row, String property) {
        if (property == null) {
            return "type";
        }
        return switch (property) {
            case "code" -> "name";
            case "text" -> localisedColumn(row, "label");
            case "dimension" -> "dimension";
            case "reverse" -> "reverse";
            case "maxLength" -> "max_length";
            case "minChoices" -> row.has("min_choices") ? "min_choices" : "constraint";
            case "maxChoices" -> row.has("max_choices") ? "max_choices" : row.has("constraint") ? "constraint" : "type";
            case "noneLabel" -> "none_label";
            default -> "type";
        };
    }

    private String dimensionColumn(SheetRow row, String property) {
        if (property == null) {
            return "name";
        }
        return switch (property) {
            case "name" -> localisedColumn(row, "label");
            case "minAnswered" -> "min_answered";
            case "countermeasureGroup" -> "countermeasure_group";
            case "kind" -> "role";
            case "aspect" -> "aspect";
            default -> "name";
        };
    }
}
