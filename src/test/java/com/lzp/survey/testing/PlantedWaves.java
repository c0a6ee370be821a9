package com.lzp.survey.testing;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.lzp.survey.analysis.AnalysisSettings;
import com.lzp.survey.analysis.AttributionSettings;
import com.lzp.survey.analysis.RespondentAnswers;
import com.lzp.survey.analysis.ResponseTable;
import com.lzp.survey.analysis.SurveyData;
import com.lzp.survey.analysis.UnitInfo;
import com.lzp.survey.analysis.WaveAnalysis;
import com.lzp.survey.analysis.WaveAnalyzer;
import com.lzp.survey.collection.AnswerEncoder;
import com.lzp.survey.collection.UnitType;
import com.lzp.survey.questionnaire.QuestionnaireDefinition;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;

/**
 * Waves of the built-in questionnaire with a known truth, analysed without a server, for tests of what the report may
 * say: a balanced wave in which no ranking, group difference or self-reported cause is real (by construction, not by
 * chance), and a wave like the committee study's (flat self-reported cause, problems about equally common).
 */
public final class PlantedWaves {

    private static final JsonNodeFactory JSON = JsonNodeFactory.instance;
    private static final List<UnitType> TYPES = List.of(UnitType.values());

    private PlantedWaves() {}

    /**
     * 540 respondents in which every comparison the report could state is exactly balanced: the three problems
     * (and the three causes) take the same scores in rotation, so their shares are equal and their discordant pairs
     * cancel; items within a dimension are answered alike; the main cause and the role are spread evenly over every
     * answer pattern (χ² = 0); the measures are chosen in a rotating window of three, so every option and group is
     * chosen equally often. Cause scores are the same for all three causes of a respondent, so no cause can be said to
     * go with a problem more than another.
     */
    public static WaveAnalysis balanced(int bootstrapDraws) {
        QuestionnaireDefinition definition = Definitions.builtIn();
        List<Map<String, JsonNode>> answers = new ArrayList<>();
        List<Integer> unitOf = new ArrayList<>();
        for (int i = 0; i < 540; i++) {
            int rotation = i % 3;
            int mainCause = (i / 3) % 3;
            int role = (i / 9) % 2;
            int pattern = (i / 18) % 30;
            int[] problem = {1 + (pattern * 7) % 5, 1 + (pattern * 11 + 2) % 5, 1 + (pattern * 13 + 4) % 5};
            int cause = 1 + (pattern * 3 + 1) % 5;
            Map<String, JsonNode> a = new LinkedHashMap<>();
            a.put("role", JSON.textNode(role == 0 ? "FULL" : "PART"));
            a.put("tenure", JSON.textNode("Y3_5"));
            a.put("position", JSON.textNode("PARTY_STAFF"));
            for (String item : List.of("E1", "E2", "E3")) {
                a.put(item, JSON.numberNode(1 + (pattern * 17 + 3) % 5));
            }
            for (int p = 0; p < 3; p++) {
                for (String suffix : List.of("a", "b", "c")) {
                    a.put("P" + (p + 1) + suffix, JSON.numberNode(problem[(p + rotation) % 3]));
                    a.put("C" + (p + 1) + suffix, JSON.numberNode(cause));
                }
            }
            a.put("main_cause", JSON.textNode("C" + (mainCause + 1)));
            ArrayNode measures = JSON.arrayNode();
            for (int m = 0; m < 3; m++) {
                measures.add("M" + (1 + (i % 9 + m) % 9));
            }
            a.put("measures", measures);
            answers.add(a);
            unitOf.add(i % 12);
        }
        return analyse(definition, answers, unitOf, 12, 50, bootstrapDraws);
    }

    /**
     * 565 respondents of 595 expected, like the committee study: each problem applies to about a quarter to a third of
     * them, at nearly equal rates; the self-reported main cause splits about evenly (36.6 / 31.7 / 33.5 % intended) and
     * is only weakly related to the measured causes; causes go with problems, moderately.
     */
    public static WaveAnalysis studyLike(long seed, int bootstrapDraws) {
        QuestionnaireDefinition definition = Definitions.builtIn();
        Random random = new Random(seed);
        List<Map<String, JsonNode>> answers = new ArrayList<>();
        List<Integer> unitOf = new ArrayList<>();
        double[] mainCauseWeights = {0.366, 0.317, 0.335};
        for (int i = 0; i < 565; i++) {
            double common = random.nextGaussian();
            double[] cause = new double[3];
            for (int c = 0; c < 3; c++) {
                cause[c] = 0.55 * common + 0.83 * random.nextGaussian();
            }
            double[] problem = new double[3];
            for (int p = 0; p < 3; p++) {
                problem[p] = 0.45 * cause[p] + 0.2 * cause[(p + 1) % 3] + 0.8 * random.nextGaussian();
            }
            boolean fullTime = random.nextDouble() < 0.3;
            Map<String, JsonNode> a = new LinkedHashMap<>();
            a.put("role", JSON.textNode(fullTime ? "FULL" : "PART"));
            a.put(
                    "tenure",
                    JSON.textNode(
                            List.of("LT1", "Y1_3", "Y3_5", "Y5_10", "GT10").get(random.nextInt(5))));
            a.put("position", JSON.textNode(fullTime ? "PARTY_STAFF" : "BRANCH_MEMBER"));
            double effect = -0.3 * common + 0.9 * random.nextGaussian();
            for (String item : List.of("E1", "E2", "E3")) {
                a.put(item, JSON.numberNode(point(3.9 + 0.9 * effect + 0.6 * random.nextGaussian())));
            }
            for (int d = 0; d < 3; d++) {
                for (String suffix : List.of("a", "b", "c")) {
                    a.put(
                            "P" + (d + 1) + suffix,
                            JSON.numberNode(point(2.85 + 0.9 * problem[d] + 0.65 * random.nextGaussian())));
                    a.put(
                            "C" + (d + 1) + suffix,
                            JSON.numberNode(point(3.2 + 0.9 * cause[d] + 0.65 * random.nextGaussian())));
                }
            }
            double[] weights = new double[3];
            for (int c = 0; c < 3; c++) {
                weights[c] = mainCauseWeights[c] * Math.exp(0.15 * cause[c]);
            }
            a.put("main_cause", JSON.textNode("C" + (1 + weighted(random, weights))));
            ArrayNode measures = JSON.arrayNode();
            List<Integer> options = new ArrayList<>(List.of(0, 1, 2, 3, 4, 5, 6, 7, 8));
            int wanted = 1 + random.nextInt(3);
            for (int k = 0; k < wanted; k++) {
                measures.add("M" + (1 + options.remove(random.nextInt(options.size()))));
            }
            a.put("measures", measures);
            answers.add(a);
            unitOf.add(random.nextInt(73));
        }
        return analyse(definition, answers, unitOf, 73, -1, bootstrapDraws);
    }

    private static int point(double value) {
        return (int) Math.max(1, Math.min(5, Math.round(value)));
    }

    private static int weighted(Random random, double[] weights) {
        double draw = random.nextDouble() * Arrays.stream(weights).sum();
        for (int i = 0; i < weights.length; i++) {
            draw -= weights[i];
            if (draw < 0) {
                return i;
            }
        }
        return weights.length - 1;
    }

    /**
     * @param expected cadres expected per unit; −1 spreads 595 over the units in proportion to their responses
     */
    private static WaveAnalysis analyse(
            QuestionnaireDefinition definition,
            List<Map<String, JsonNode>> answers,
            List<Integer> unitOf,
            int units,
            int expected,
            int bootstrapDraws) {
        int[] counts = new int[units];
        unitOf.forEach(u -> counts[u]++);
        List<UnitInfo> infos = new ArrayList<>();
        int assigned = 0;
        for (int u = 0; u < units; u++) {
            int size = expected >= 0
                    ? expected
                    : u == units - 1 ? 595 - assigned : Math.max(counts[u], (int) Math.round(counts[u] * 595.0 / 565));
            assigned += size;
            infos.add(new UnitInfo(
                    String.format("P%03d", u),
                    "单位" + (u + 1),
                    TYPES.get(u % TYPES.size()).label(),
                    size));
        }
        List<RespondentAnswers> rows = new ArrayList<>();
        for (int i = 0; i < answers.size(); i++) {
            UnitInfo unit = infos.get(unitOf.get(i));
            rows.add(new RespondentAnswers(
                    unit.code(),
                    unit.type(),
                    AnswerEncoder.encode(definition, answers.get(i)).answers()));
        }
        return WaveAnalyzer.analyze(
                new SurveyData(
                        definition,
                        ResponseTable.build(definition, rows),
                        infos,
                        TYPES.stream().map(UnitType::label).toList()),
                new AnalysisSettings(5, new AttributionSettings(bootstrapDraws, 1, 0.95)));
    }
}
