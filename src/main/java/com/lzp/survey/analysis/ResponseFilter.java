package com.lzp.survey.analysis;

import java.util.Map;
import java.util.Set;
import tech.tablesaw.api.Table;
import tech.tablesaw.selection.Selection;

/** Keeps the respondents whose answers to single-choice questions (or unit type) are among the given ones. */
public final class ResponseFilter {

    private ResponseFilter() {}

    /**
     * @param allowed per column of the response table, the values to keep; a column not named is not filtered
     * @return a new table; respondents who left a filtered question blank are dropped
     */
    public static Table keep(Table responses, Map<String, Set<String>> allowed) {
        Selection selection = Selection.withRange(0, responses.rowCount());
        for (Map.Entry<String, Set<String>> filter : allowed.entrySet()) {
            selection.and(responses.stringColumn(filter.getKey()).isIn(filter.getValue()));
        }
        return responses.where(selection);
    }
}
