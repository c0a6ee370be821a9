package com.lzp.survey.analysis;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import tech.tablesaw.api.StringColumn;

/**
 * Each respondent's category as its position in questionnaire order (−1 when missing or not a listed category),
 * computed once per variable so that every cross-tab and test over that variable is a single counting pass.
 */
final class CategoryIndex {

    private CategoryIndex() {}

    static int[] of(StringColumn column, List<Category> categories) {
        Map<String, Integer> positions = new HashMap<>();
        for (int i = 0; i < categories.size(); i++) {
            positions.put(categories.get(i).code(), i);
        }
        int[] index = new int[column.size()];
        for (int r = 0; r < index.length; r++) {
            index[r] = column.isMissing(r) ? -1 : positions.getOrDefault(column.get(r), -1);
        }
        return index;
    }
}
