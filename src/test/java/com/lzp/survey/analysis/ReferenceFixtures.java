package com.lzp.survey.analysis;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.lzp.survey.collection.AnswerEncoder;
import com.lzp.survey.demo.DemoWave;
import com.lzp.survey.demo.DemoWaveGenerator;
import com.lzp.survey.questionnaire.Question;
import com.lzp.survey.questionnaire.QuestionType;
import com.lzp.survey.questionnaire.QuestionnaireDefinition;
import com.lzp.survey.testing.Definitions;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import tech.tablesaw.api.ColumnType;
import tech.tablesaw.api.Table;
import tech.tablesaw.io.Source;
import tech.tablesaw.io.csv.CsvReadOptions;

/**
 * The fixture datasets the R reference values were computed from ({@code src/test/resources/reference}).
 * {@code main} writes them again; {@code reference.R} beside them computes the expected values. See the README
 * in that folder.
 */
public final class ReferenceFixtures {

    /** 240 responses, about 7.5 % of Likert answers blank, so that some dimension scores are missing. */
    public static final String WITH_MISSING = "fixture-missing";
    /** 336 responses (of 460 generated) with every Likert item answered. */
    public static final String COMPLETE = "fixture-complete";

    /**
     * 300 responses to the six-point test questionnaire ({@code questionnaires/test-six-point-v1.json}): five
     * reverse-keyed items, dimensions of 2 to 5 items, about 6 % of Likert answers blank, the optional tenure left
     * out by about 10 %, and about 5 % choosing no measure.
     */
    public static final String SIX_POINT = "fixture-six-point";

    public static final List<String> ALL = List.of(WITH_MISSING, COMPLETE, SIX_POINT);

    private ReferenceFixtures() {}

    public static void main(String[] args) throws IOException {
        Path folder = Path.of(args.length > 0 ? args[0] : "src/test/resources/reference");
        QuestionnaireDefinition builtIn = Definitions.builtIn();
        write(build(builtIn, 101, 240, 0.06, false, 0, 0), folder.resolve(WITH_MISSING + ".csv"));
        write(build(builtIn, 202, 460, 0.0, true, 0, 0), folder.resolve(COMPLETE + ".csv"));
        write(build(definitionOf(SIX_POINT), 303, 300, 0.06, false, 0.05, 0.10), folder.resolve(SIX_POINT + ".csv"));
    }

    /** The questionnaire a fixture answers. */
    public static QuestionnaireDefinition definitionOf(String fixture) {
        return SIX_POINT.equals(fixture)
                ? Definitions.read("questionnaires/test-six-point-v1.json")
                : Definitions.builtIn();
    }

    /** Reads a fixture back as a response table of its questionnaire. */
    public static Table read(String name) {
        QuestionnaireDefinition definition = definitionOf(name);
        Table empty = ResponseTable.build(definition, List.of());
        ColumnType[] types = empty.columns().stream().map(c -> c.type()).toArray(ColumnType[]::new);
        try (InputStream in = ReferenceFixtures.class.getResourceAsStream("/reference/" + name + ".csv")) {
            return Table.read()
                    .usingOptions(CsvReadOptions.builder(new Source(in, StandardCharsets.UTF_8))
                            .columnTypes(types)
                            .missingValueIndicator("")
                            .build());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The unit types of the fixtures, in the order they are reported. */
    public static List<String> unitTypes() {
        return List.of("党委部门", "政府部门", "群团组织", "事业单位", "国有企业", "其他");
    }

    /**
     * @param noMeasure share of respondents made to choose no countermeasure (an answer where choosing none is)
     * @param optionalBlank share of respondents made to leave each optional single choice unanswered
     */
    private static Table build(
            QuestionnaireDefinition definition,
            long seed,
            int count,
            double extraBlank,
            boolean completeOnly,
            double noMeasure,
            double optionalBlank) {
        DemoWave wave = DemoWaveGenerator.generate(definition, seed, count);
        Map<String, String> unitTypes = new HashMap<>();
        wave.units().forEach(u -> unitTypes.put(u.code(), u.type().label()));
        Random random = new Random(seed);
        List<RespondentAnswers> rows = new ArrayList<>();
        for (DemoWave.DemoResponse response : wave.responses()) {
            Map<String, JsonNode> answers = new LinkedHashMap<>(response.answers());
            for (Question item : definition.likertItems()) {
                if (random.nextDouble() < extraBlank) {
                    answers.remove(item.code());
                }
            }
            for (Question question : definition.questions()) {
                if (question.noneIsAnAnswer() && noMeasure > 0 && random.nextDouble() < noMeasure) {
                    answers.put(question.code(), JsonNodeFactory.instance.arrayNode());
                }
                if (question.type() == QuestionType.SINGLE
                        && !question.required()
                        && optionalBlank > 0
                        && random.nextDouble() < optionalBlank) {
                    answers.remove(question.code());
                }
            }
            boolean complete = definition.questions().stream()
                    .filter(q -> q.type() == QuestionType.LIKERT)
                    .allMatch(q -> answers.containsKey(q.code()));
            if (completeOnly && !complete) {
                continue;
            }
            rows.add(new RespondentAnswers(
                    response.unit(),
                    unitTypes.get(response.unit()),
                    AnswerEncoder.encode(definition, answers).answers()));
        }
        return ResponseTable.build(definition, rows);
    }

    private static void write(Table table, Path file) throws IOException {
        Files.createDirectories(file.getParent());
        table.write().csv(file.toFile());
    }
}
