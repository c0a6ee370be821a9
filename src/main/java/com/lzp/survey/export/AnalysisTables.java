package com.lzp.survey.export;

import com.lzp.survey.analysis.CauseAttribution;
import com.lzp.survey.analysis.CrossTab;
import com.lzp.survey.analysis.DimensionSummary;
import com.lzp.survey.analysis.GroupDifference;
import com.lzp.survey.analysis.ItemFrequencies;
import com.lzp.survey.analysis.OptionShare;
import com.lzp.survey.analysis.Reliability;
import com.lzp.survey.analysis.ScalePointCount;
import com.lzp.survey.analysis.UnitResponseRate;
import com.lzp.survey.analysis.WaveAnalysis;
import java.util.ArrayList;
import java.util.List;

/**
 * Every table of the statistics engine as plain rows, full precision (the shortest text that reads back to the
 * same double, so that a researcher's software sees the service's numbers exactly), empty where a figure is null or
 * suppressed; each column typed, so that XLSX holds numbers as numeric cells with a number format.
 */
public final class AnalysisTables {

    private static final CellType TEXT = CellType.TEXT;
    private static final CellType INT = CellType.INTEGER;
    private static final CellType DEC = CellType.DECIMAL;
    private static final CellType PCT = CellType.PERCENT;
    private static final CellType PV = CellType.P_VALUE;

    private AnalysisTables() {}

    public static List<DataTable> of(WaveAnalysis a) {
        if (a.suppressed()) {
            return List.of(new DataTable(
                    "suppressed",
                    "人数过少",
                    List.of("responses", "threshold"),
                    List.of(List.of(String.valueOf(a.responses()), String.valueOf(a.suppressionThreshold()))),
                    List.of(INT, INT)));
        }
        return List.of(
                units(a),
                items(a),
                dimensions(a),
                reliability(a),
                crossTabs(a),
                groupDifferences(a),
                correlations(a),
                attribution(a),
                mainCause(a),
                demand(a));
    }

    static String number(Double value) {
        return value == null ? "" : Double.toString(value);
    }

    static String number(Integer value) {
        return value == null ? "" : value.toString();
    }

    private static DataTable units(WaveAnalysis a) {
        List<List<String>> rows = new ArrayList<>();
        for (UnitResponseRate u : a.summary().units()) {
            rows.add(List.of(
                    u.unit(),
                    u.name(),
                    u.unitType(),
                    String.valueOf(u.expectedCadres()),
                    String.valueOf(u.responses()),
                    number(u.responseRate())));
        }
        return new DataTable(
                "units",
                "各单位回收",
                List.of("unit", "name", "unit_type", "expected", "responses", "response_rate_percent"),
                rows,
                List.of(TEXT, TEXT, TEXT, INT, INT, PCT));
    }

    private static DataTable items(WaveAnalysis a) {
        List<String> header = new ArrayList<>(List.of("item", "dimension", "answered", "missing"));
        ItemFrequencies first =
                a.summary().items().isEmpty() ? null : a.summary().items().get(0);
        if (first != null) {
            first.points().forEach(p -> header.add("n_" + p.value()));
        }
        header.addAll(List.of("agree_percent", "mean", "sd"));
        List<CellType> types = new ArrayList<>(List.of(TEXT, TEXT, INT, INT));
        while (types.size() < header.size() - 3) {
            types.add(INT);
        }
        types.addAll(List.of(PCT, DEC, DEC));
        List<List<String>> rows = new ArrayList<>();
        for (ItemFrequencies f : a.summary().items()) {
            List<String> row = new ArrayList<>(
                    List.of(f.item(), f.dimension(), String.valueOf(f.answered()), String.valueOf(f.missing())));
            f.points().stream().map(ScalePointCount::count).forEach(c -> row.add(String.valueOf(c)));
            row.addAll(List.of(number(f.agreePercent()), number(f.mean()), number(f.sd())));
            rows.add(row);
        }
        return new DataTable("items", "条目频数", header, rows, types);
    }

    private static DataTable dimensions(WaveAnalysis a) {
        List<List<String>> rows = new ArrayList<>();
        for (DimensionSummary d : a.summary().dimensions()) {
            rows.add(List.of(
                    d.dimension(),
                    d.name(),
                    d.kind().name(),
                    String.valueOf(d.scored()),
                    String.valueOf(d.unscored()),
                    number(d.mean()),
                    number(d.sd()),
                    String.valueOf(d.applies()),
                    number(d.appliesPercent())));
        }
        return new DataTable(
                "dimensions",
                "维度得分",
                List.of("dimension", "name", "kind", "scored", "unscored", "mean", "sd", "applies", "applies_percent"),
                rows,
                List.of(TEXT, TEXT, TEXT, INT, INT, DEC, DEC, INT, PCT));
    }

    private static DataTable reliability(WaveAnalysis a) {
        List<List<String>> rows = new ArrayList<>();
        for (Reliability r : a.reliability()) {
            rows.add(List.of(
                    r.dimension(),
                    "",
                    String.valueOf(r.n()),
                    number(r.rawAlpha()),
                    number(r.standardizedAlpha()),
                    number(r.averageR()),
                    "",
                    ""));
            r.itemStatistics()
                    .forEach(i -> rows.add(List.of(
                            r.dimension(),
                            i.item(),
                            String.valueOf(r.n()),
                            "",
                            "",
                            "",
                            number(i.correctedItemTotal()),
                            number(i.alphaIfDropped()))));
        }
        return new DataTable(
                "reliability",
                "信度",
                List.of("dimension", "item", "n", "raw_alpha", "std_alpha", "average_r", "r_drop", "alpha_if_dropped"),
                rows,
                List.of(TEXT, TEXT, INT, DEC, DEC, DEC, DEC, DEC));
    }

    private static DataTable crossTabs(WaveAnalysis a) {
        List<List<String>> rows = new ArrayList<>();
        for (CrossTab t : a.crossTabs()) {
            for (CrossTab.Row r : t.rows()) {
                for (int c = 0; c < t.columns().size(); c++) {
                    rows.add(List.of(
                            t.rowVariable(),
                            t.columnVariable(),
                            r.code(),
                            t.columns().get(c).code(),
                            r.suppressed() ? "" : number(r.counts().get(c)),
                            number(r.rowPercents().get(c)),
                            String.valueOf(r.suppressed()),
                            t.test() == null ? "" : number(t.test().chiSquare()),
                            t.test() == null ? "" : String.valueOf(t.test().df()),
                            t.test() == null ? "" : number(t.test().p()),
                            t.test() == null ? "" : number(t.test().cramersV())));
                }
            }
        }
        return new DataTable(
                "crosstabs",
                "交叉表",
                List.of(
                        "row_variable",
                        "column_variable",
                        "row",
                        "column",
                        "count",
                        "row_percent",
                        "suppressed",
                        "chi_square",
                        "df",
                        "p",
                        "cramers_v"),
                rows,
                List.of(TEXT, TEXT, TEXT, TEXT, INT, PCT, TEXT, DEC, INT, PV, DEC));
    }

    private static DataTable groupDifferences(WaveAnalysis a) {
        List<List<String>> rows = new ArrayList<>();
        for (GroupDifference d : a.groupDifferences()) {
            for (GroupDifference.GroupScore g : d.groups()) {
                rows.add(List.of(
                        d.variable(),
                        d.dimension(),
                        d.test() == null ? "" : d.test(),
                        g.code(),
                        String.valueOf(g.n()),
                        String.valueOf(g.suppressed()),
                        number(g.mean()),
                        number(g.median()),
                        number(d.statistic()),
                        number(d.z()),
                        number(d.df()),
                        number(d.p()),
                        number(d.effectSize()),
                        d.effectSizeMeasure() == null ? "" : d.effectSizeMeasure()));
            }
        }
        return new DataTable(
                "group_differences",
                "组间差异",
                List.of(
                        "variable",
                        "dimension",
                        "test",
                        "group",
                        "n",
                        "suppressed",
                        "mean",
                        "median",
                        "statistic",
                        "z",
                        "df",
                        "p",
                        "effect_size",
                        "effect_measure"),
                rows,
                List.of(TEXT, TEXT, TEXT, TEXT, INT, TEXT, DEC, DEC, DEC, DEC, DEC, PV, DEC, TEXT));
    }

    private static DataTable correlations(WaveAnalysis a) {
        List<List<String>> rows = new ArrayList<>();
        var c = a.correlations();
        for (int i = 0; i < c.dimensions().size(); i++) {
            for (int j = 0; j < c.dimensions().size(); j++) {
                rows.add(List.of(
                        c.dimensions().get(i),
                        c.dimensions().get(j),
                        number(c.rho().get(i).get(j)),
                        number(c.n().get(i).get(j))));
            }
        }
        return new DataTable(
                "correlations",
                "Spearman相关",
                List.of("dimension_a", "dimension_b", "rho", "n"),
                rows,
                List.of(TEXT, TEXT, DEC, INT));
    }

    private static DataTable attribution(WaveAnalysis a) {
        List<List<String>> rows = new ArrayList<>();
        for (CauseAttribution x : a.attribution()) {
            for (CauseAttribution.CauseShare c : x.causes()) {
                rows.add(List.of(
                        x.problem(),
                        c.cause(),
                        String.valueOf(x.n()),
                        number(x.rSquared()),
                        number(x.adjustedRSquared()),
                        number(c.lmg()),
                        number(c.sharePercent()),
                        number(c.lmgLower()),
                        number(c.lmgUpper()),
                        number(c.shareLower()),
                        number(c.shareUpper()),
                        number(c.coefficient()),
                        String.valueOf(x.draws()),
                        String.valueOf(x.seed())));
            }
        }
        return new DataTable(
                "attribution",
                "原因归因",
                List.of(
                        "problem",
                        "cause",
                        "n",
                        "r_squared",
                        "adj_r_squared",
                        "lmg",
                        "share_percent",
                        "lmg_lower",
                        "lmg_upper",
                        "share_lower",
                        "share_upper",
                        "coefficient",
                        "draws",
                        "seed"),
                rows,
                List.of(TEXT, TEXT, INT, DEC, DEC, DEC, PCT, DEC, DEC, PCT, PCT, DEC, INT, INT));
    }

    private static DataTable mainCause(WaveAnalysis a) {
        List<List<String>> rows = new ArrayList<>();
        if (a.mainCause() != null) {
            a.mainCause().overall().forEach(s -> rows.add(share("", "", s)));
            a.mainCause().byGroup().forEach(g -> g.shares().forEach(s -> rows.add(share(g.variable(), g.group(), s))));
        }
        return new DataTable(
                "main_cause",
                "自评主要原因",
                List.of("variable", "group", "option", "count", "percent"),
                rows,
                List.of(TEXT, TEXT, TEXT, INT, PCT));
    }

    private static List<String> share(String variable, String group, OptionShare s) {
        return List.of(variable, group, s.code(), number(s.count()), number(s.percent()));
    }

    private static DataTable demand(WaveAnalysis a) {
        List<List<String>> rows = new ArrayList<>();
        if (a.demand() != null) {
            a.demand()
                    .measures()
                    .forEach(m -> rows.add(List.of("measure", m.code(), number(m.count()), number(m.percent()))));
            a.demand()
                    .groups()
                    .forEach(g -> rows.add(List.of("group", g.code(), String.valueOf(g.count()), number(g.percent()))));
        }
        return new DataTable(
                "demand", "对策需求", List.of("level", "code", "count", "percent"), rows, List.of(TEXT, TEXT, INT, PCT));
    }
}
