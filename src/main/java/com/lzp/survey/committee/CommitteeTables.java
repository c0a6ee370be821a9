package com.lzp.survey.committee;

import com.lzp.survey.export.CellType;
import com.lzp.survey.export.DataTable;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/** The committee summary as tables for CSV and XLSX; suppressed figures read "<threshold". */
final class CommitteeTables {

    private CommitteeTables() {}

    static List<DataTable> of(CommitteeSummary s) {
        String hidden = "<" + s.threshold();
        List<DataTable> tables = new ArrayList<>();
        tables.add(new DataTable(
                "overview",
                "概况",
                List.of("项目", "数值"),
                List.of(
                        List.of("调查批次", s.title()),
                        List.of("范围", s.scope()),
                        List.of("回收答卷", s.suppressed() ? hidden : String.valueOf(s.responses())),
                        List.of("应参加人数", s.expectedCadres() == null ? "" : String.valueOf(s.expectedCadres())),
                        List.of("回收率（%）", number(s.responseRate()))),
                List.of(CellType.TEXT, CellType.AS_WRITTEN)));
        tables.add(new DataTable(
                "units",
                "各单位",
                List.of("单位代码", "单位", "类型", "回收答卷", "回收率（%）"),
                s.units().stream()
                        .map(u -> List.of(
                                u.unit(),
                                u.name(),
                                u.unitType(),
                                u.suppressed() ? hidden : String.valueOf(u.responses()),
                                u.suppressed() ? "" : number(u.responseRate())))
                        .toList(),
                List.of(CellType.TEXT, CellType.TEXT, CellType.TEXT, CellType.AS_WRITTEN, CellType.PERCENT)));
        tables.add(new DataTable(
                "problems",
                "存在问题",
                List.of("维度", "问题", "存在比例（%）", "均分", "有效人数"),
                s.problems().stream()
                        .map(p -> List.of(
                                p.dimension(),
                                p.name(),
                                number(p.appliesPercent()),
                                score(p.mean()),
                                String.valueOf(p.scored())))
                        .toList(),
                List.of(CellType.TEXT, CellType.TEXT, CellType.PERCENT, CellType.AS_WRITTEN, CellType.INTEGER)));
        tables.add(new DataTable(
                "attribution",
                "原因归因",
                List.of("问题", "原因", "解释份额（%）", "下限", "上限"),
                s.attribution().stream()
                        .map(c -> List.of(
                                c.problem(), c.cause(), number(c.sharePercent()), number(c.lower()), number(c.upper())))
                        .toList(),
                List.of(CellType.TEXT, CellType.TEXT, CellType.PERCENT, CellType.PERCENT, CellType.PERCENT)));
        tables.add(new DataTable(
                "measures",
                "对策需求",
                List.of("代码", "措施", "类别", "选择比例（%）"),
                s.measures().stream()
                        .map(m -> List.of(m.code(), m.label(), m.group() == null ? "" : m.group(), number(m.percent())))
                        .toList(),
                List.of(CellType.TEXT, CellType.TEXT, CellType.TEXT, CellType.PERCENT)));
        tables.add(new DataTable(
                "headlines",
                "主要结论",
                List.of("结论"),
                s.headlines().stream().map(List::of).toList()));
        return tables;
    }

    /** One CSV: every table one after another, with the table's name in the first column. */
    static List<List<String>> asOneSheet(List<DataTable> tables) {
        List<List<String>> rows = new ArrayList<>();
        for (DataTable table : tables) {
            List<String> header = new ArrayList<>(List.of("表"));
            header.addAll(table.header());
            rows.add(header);
            for (List<String> row : table.rows()) {
                List<String> line = new ArrayList<>(List.of(table.title()));
                line.addAll(row);
                rows.add(line);
            }
        }
        return rows;
    }

    /** Percentages to one decimal, as the report states them. */
    private static String number(Double value) {
        return value == null ? "" : String.format(Locale.ROOT, "%.1f", value);
    }

    /** Scores to two decimals, as the report states them. */
    private static String score(Double value) {
        return value == null ? "" : String.format(Locale.ROOT, "%.2f", value);
    }
}
