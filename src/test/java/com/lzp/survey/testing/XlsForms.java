package com.lzp.survey.testing;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

/**
 * XLSForm workbooks for tests, written with POI as KoboToolbox writes them: a header row, then one row per
 * question, choice or setting; sheets in the order given.
 */
public final class XlsForms {

    private final Map<String, List<List<String>>> sheets = new LinkedHashMap<>();

    private XlsForms() {}

    public static XlsForms workbook() {
        return new XlsForms();
    }

    /** A sheet: its header, then its rows; an empty string is an empty cell. */
    public XlsForms sheet(String name, List<String> header, List<List<String>> rows) {
        List<List<String>> all = new ArrayList<>();
        all.add(header);
        all.addAll(rows);
        sheets.put(name, all);
        return this;
    }

    /** Changes the rows of a sheet (header first) before writing. */
    public XlsForms change(String sheet, Consumer<List<List<String>>> change) {
        List<List<String>> rows = new ArrayList<>();
        sheets.get(sheet).forEach(r -> rows.add(new ArrayList<>(r)));
        change.accept(rows);
        sheets.put(sheet, rows);
        return this;
    }

    public byte[] bytes() {
        try (XSSFWorkbook workbook = new XSSFWorkbook();
                ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            sheets.forEach((name, rows) -> {
                Sheet sheet = workbook.createSheet(name);
                for (int r = 0; r < rows.size(); r++) {
                    Row row = sheet.createRow(r);
                    List<String> values = rows.get(r);
                    for (int c = 0; c < values.size(); c++) {
                        String value = values.get(c);
                        if (value != null && !value.isEmpty()) {
                            row.createCell(c).setCellValue(value);
                        }
                    }
                }
            });
            workbook.write(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static List<String> row(String... values) {
        return Arrays.asList(values);
    }

    static final List<String> SURVEY_HEADER = row(
            "type",
            "name",
            "label::English (en)",
            "label::Chinese (zh)",
            "hint::Chinese (zh)",
            "required",
            "appearance",
            "constraint",
            "$kuid",
            "dimension",
            "dimension_role",
            "reverse",
            "short_label",
            "min_choices",
            "none_label",
            "max_length");

    /** A survey row in the columns of {@link #SURVEY_HEADER}, from type to label, the rest by name. */
    static List<String> q(String type, String name, String english, String chinese, Map<String, String> more) {
        List<String> values = new ArrayList<>();
        for (String column : SURVEY_HEADER) {
            values.add(
                    switch (column) {
                        case "type" -> type;
                        case "name" -> name;
                        case "label::English (en)" -> english;
                        case "label::Chinese (zh)" -> chinese;
                        case "$kuid" -> Integer.toHexString((name + type).hashCode());
                        default -> more.getOrDefault(column, "");
                    });
        }
        return values;
    }

    static List<String> q(String type, String name, String chinese) {
        return q(type, name, "", chinese, Map.of());
    }

    static List<String> item(String name, String dimension, String text) {
        return q("select_one agree6", name, "", text, Map.of("dimension", dimension, "required", "false"));
    }

    static List<String> reversed(String name, String dimension, String text) {
        return q("select_one agree6", name, "", text, Map.of("dimension", dimension, "reverse", "yes"));
    }

    /**
     * The six-point test questionnaire ({@code questionnaires/test-six-point-v1.json}) as a KoboToolbox-style
     * XLSForm: metadata rows, labels in English and Chinese, $kuid and appearance columns, groups as sections, the
     * Likert block as select_one over one list, the dimension, role and reverse-keying columns of our own.
     */
    public static XlsForms sixPointTwin(String code) {
        return workbook()
                .sheet(
                        "survey",
                        SURVEY_HEADER,
                        List.of(
                                q("start", "start", ""),
                                q("end", "end", ""),
                                q(
                                        "begin_group",
                                        "profile",
                                        "Profile",
                                        "一、基本情况",
                                        Map.of("hint::Chinese (zh)", "以下信息只用于分组统计。")),
                                q(
                                        "select_one role",
                                        "role",
                                        "Role",
                                        "您从事党务工作的方式是：",
                                        Map.of("required", "true", "short_label", "岗位性质")),
                                q(
                                        "select_one tenure",
                                        "tenure",
                                        "Tenure",
                                        "您从事党务工作的年限是（选填）：",
                                        Map.of("required", "false", "short_label", "党务工作年限", "appearance", "minimal")),
                                q("end_group", "", ""),
                                q(
                                        "begin group",
                                        "items",
                                        "Views",
                                        "二、看法",
                                        Map.of("hint::Chinese (zh)", "请表明您对下列说法的同意程度。")),
                                item("E1", "E", "党建工作对业务的促进作用明显。"),
                                item("E2", "E", "党建工作的形式不断创新。"),
                                item("P1a", "P1", "抓党建的主动性不够。"),
                                item("P1b", "P1", "做党务工作的积极性不高。"),
                                reversed("P1c", "P1", "党务干部普遍乐于投入党建工作。"),
                                item("P1d", "P1", "习惯于“就党建抓党建”。"),
                                item("P2a", "P2", "党建工作方法多年不变。"),
                                reversed("P2b", "P2", "党建活动的形式丰富、贴近实际。"),
                                item("P2c", "P2", "党建活动重形式、走过场。"),
                                item("C1a", "C1", "有的同志认为党建是“虚功”。"),
                                reversed("C1b", "C1", "大家都清楚党建对业务的意义。"),
                                item("C1c", "C1", "抓党建存在应付思想。"),
                                item("C2a", "C2", "责任机制不完善。"),
                                item("C2b", "C2", "考核机制不完善。"),
                                item("C2c", "C2", "激励机制不完善。"),
                                reversed("C2d", "C2", "党建考核与业务考核结合得很好。"),
                                item("C2e", "C2", "督促检查不到位。"),
                                q(
                                        "select_one agree6",
                                        "O1",
                                        "",
                                        "党务工作占用的时间过多。",
                                        Map.of("dimension", "O", "dimension_role", "other")),
                                q(
                                        "select_one agree6",
                                        "O2",
                                        "",
                                        "党务工作的负担合理。",
                                        Map.of("dimension", "O", "dimension_role", "其他", "reverse", "TRUE()")),
                                q("end group", "", ""),
                                q("begin_group", "views", "Causes and measures", "三、原因和对策", Map.of()),
                                q(
                                        "select_one cause",
                                        "main_cause",
                                        "Main cause",
                                        "您认为最主要的原因是：",
                                        Map.of("required", "yes", "short_label", "主要原因（自评）")),
                                q(
                                        "select_multiple measure",
                                        "measures",
                                        "Measures",
                                        "您认为最需要的措施是（最多选2项，也可以都不选）：",
                                        Map.of(
                                                "required",
                                                "yes",
                                                "short_label",
                                                "最需要的措施",
                                                "min_choices",
                                                "0",
                                                "constraint",
                                                "count-selected(.) <= 2",
                                                "none_label",
                                                "以上措施都不选")),
                                q(
                                        "text",
                                        "suggestion",
                                        "Suggestion",
                                        "您还有什么建议？（选填）",
                                        Map.of("short_label", "意见建议", "max_length", "200")),
                                q("end_group", "", "")))
                .sheet(
                        "choices",
                        row(
                                "list_name",
                                "name",
                                "label::English (en)",
                                "label::Chinese (zh)",
                                "group",
                                "group_label",
                                "dimension"),
                        List.of(
                                row("agree6", "1", "Strongly disagree", "完全不同意"),
                                row("agree6", "2", "Disagree", "比较不同意"),
                                row("agree6", "3", "Slightly disagree", "有点不同意"),
                                row("agree6", "4", "Slightly agree", "有点同意"),
                                row("agree6", "5", "Agree", "比较同意"),
                                row("agree6", "6", "Strongly agree", "完全同意"),
                                row("role", "FULL", "Full time", "专职"),
                                row("role", "PART", "Part time", "兼职"),
                                row("tenure", "LT3", "", "不满3年"),
                                row("tenure", "Y3_10", "", "3年以上、不满10年"),
                                row("tenure", "GE10", "", "10年以上"),
                                row("cause", "C1", "", "思想认识不到位", "", "", "C1"),
                                row("cause", "C2", "", "制度机制不健全", "", "", "C2"),
                                row("measure", "M1", "", "提升政治意识", "BOOST", "助推剂"),
                                row("measure", "M2", "", "提升创新意识", "BOOST"),
                                row("measure", "M3", "", "完善考核评价", "STRENGTHEN", "强化剂"),
                                row("measure", "M4", "", "强化督促检查", "STRENGTHEN")))
                .sheet(
                        "dimensions",
                        row("name", "label::Chinese (zh)", "role", "aspect", "min_answered", "countermeasure_group"),
                        List.of(
                                row("E", "工作成效", "effect", "", "1"),
                                row("P1", "热情不高", "problem", "工作态度"),
                                row("P2", "办法不多", "问题", "工作抓手"),
                                row("C1", "认识", "cause", "思想认识不到位", "", "BOOST"),
                                row("C2", "机制", "原因", "制度机制不健全", "", "STRENGTHEN"),
                                row("O", "工作负担", "", "党务工作负担")))
                .sheet(
                        "settings",
                        row(
                                "form_title",
                                "form_id",
                                "version",
                                "default_language",
                                "description",
                                "estimated_minutes",
                                "style"),
                        List.of(row(
                                "测试用六点量表问卷（含反向计分题）",
                                code,
                                "1",
                                "Chinese (zh)",
                                "只在测试中使用：六点量表、每个维度题数不同、反向计分题、可选的基本情况题、可以都不选的多选题。",
                                "4",
                                "pages")));
    }
}
