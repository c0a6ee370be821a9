package com.lzp.survey.results;

import com.lzp.survey.common.SurveyException;
import jakarta.ws.rs.core.MultivaluedMap;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Reads an {@link AnalysisQuery} from query parameters: {@code unit}, {@code unitType}, {@code from}, {@code to}
 * (ISO dates), and any single-choice question code with option codes ({@code role=PART}). Parameters the
 * endpoint itself uses are passed over.
 */
public final class AnalysisQueries {

    private static final Set<String> FILTERS = Set.of("unit", "unitType", "from", "to");

    private AnalysisQueries() {}

    public static AnalysisQuery from(MultivaluedMap<String, String> parameters, String... endpointParameters) {
        Set<String> passedOver = new HashSet<>(List.of(endpointParameters));
        Map<String, Set<String>> answers = new LinkedHashMap<>();
        parameters.forEach((name, values) -> {
            if (!FILTERS.contains(name) && !passedOver.contains(name)) {
                answers.put(name, Set.copyOf(values));
            }
        });
        return new AnalysisQuery(
                values(parameters, "unit"),
                values(parameters, "unitType"),
                answers,
                date(parameters, "from"),
                date(parameters, "to"));
    }

    private static List<String> values(MultivaluedMap<String, String> parameters, String name) {
        List<String> values = parameters.get(name);
        return values == null
                ? List.of()
                : values.stream().filter(v -> !v.isBlank()).toList();
    }

    private static LocalDate date(MultivaluedMap<String, String> parameters, String name) {
        String value = parameters.getFirst(name);
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            return LocalDate.parse(value);
        } catch (DateTimeParseException e) {
            throw SurveyException.badRequest(name, "日期「" + value + "」格式不正确，应为 2024-05-06 这样的形式。");
        }
    }
}
