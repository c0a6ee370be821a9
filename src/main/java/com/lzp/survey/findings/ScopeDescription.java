package com.lzp.survey.findings;

import com.lzp.survey.analysis.UnitInfo;
import com.lzp.survey.collection.UnitType;
import com.lzp.survey.questionnaire.QuestionnaireDefinition;
import com.lzp.survey.results.AnalysisQuery;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

/** Says in words which part of a wave a filtered report covers (单位类型为政府部门、岗位性质为兼职党务干部). */
final class ScopeDescription {

    private ScopeDescription() {}

    /** @return {@code null} for the whole wave */
    static String of(AnalysisQuery query, QuestionnaireDefinition definition, List<UnitInfo> units) {
        List<String> parts = new ArrayList<>();
        if (!query.unitTypes().isEmpty()) {
            parts.add("单位类型为"
                    + query.unitTypes().stream()
                            .map(ScopeDescription::typeLabel)
                            .distinct()
                            .collect(Collectors.joining("、")));
        }
        if (!query.units().isEmpty()) {
            parts.add(units.stream().map(UnitInfo::name).collect(Collectors.joining("、")));
        }
        for (Map.Entry<String, Set<String>> filter : query.answers().entrySet()) {
            definition
                    .question(filter.getKey())
                    .ifPresent(q -> parts.add(q.name() + "为"
                            + q.options().stream()
                                    .filter(o -> filter.getValue().contains(o.code()))
                                    .map(o -> o.label())
                                    .collect(Collectors.joining("、"))));
        }
        if (query.from() != null || query.to() != null) {
            parts.add("提交日期"
                    + (query.from() == null ? "" : "自" + Wording.date(query.from()))
                    + (query.to() == null ? "" : "至" + Wording.date(query.to())));
        }
        return parts.isEmpty() ? null : String.join("、", parts);
    }

    private static String typeLabel(String value) {
        return Arrays.stream(UnitType.values())
                .filter(t -> t.name().equals(value) || t.label().equals(value))
                .map(UnitType::label)
                .findFirst()
                .orElse(value);
    }
}
