package com.lzp.survey.export;

import java.util.List;

/**
 * A table to export: a short name for files and sheets, a title, the header, the rows as text (full precision, as
 * CSV writes them) and what each column holds (as XLSX writes it).
 *
 * @param types one per column; {@link CellType#TEXT} for every column when not given
 */
public record DataTable(String name, String title, List<String> header, List<List<String>> rows, List<CellType> types) {

    public DataTable {
        header = List.copyOf(header);
        rows = rows.stream()
                .map(r -> r.stream().map(c -> c == null ? "" : c).toList())
                .toList();
        types = types == null || types.size() != header.size()
                ? header.stream().map(h -> CellType.TEXT).toList()
                : List.copyOf(types);
    }

    /** A table of text columns. */
    public DataTable(String name, String title, List<String> header, List<List<String>> rows) {
        this(name, title, header, rows, null);
    }
}
