package com.lzp.survey.export;

import java.util.List;

/** A table to export: a short name for files and sheets, a title, the header and the rows as text. */
public record DataTable(String name, String title, List<String> header, List<List<String>> rows) {

    public DataTable {
        header = List.copyOf(header);
        rows = rows.stream()
                .map(r -> r.stream().map(c -> c == null ? "" : c).toList())
                .toList();
    }
}
