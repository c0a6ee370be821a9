package com.lzp.survey.analysis;

import java.util.List;

/**
 * A variable respondents are grouped by: the unit type, or a single-choice profile question (岗位性质, 党务工作年限,
 * 党内职务 in the built-in questionnaire). {@code column} names its column in the response table.
 */
public record GroupingVariable(String column, String name, List<Category> categories) {

    public GroupingVariable {
        categories = List.copyOf(categories);
    }
}
