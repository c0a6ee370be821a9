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
import com.lzp.survey.questionnaire.Option;
import com.lzp.survey.questionnaire.Question;
import com.lzp.survey.questionnaire.QuestionnaireDefinition;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;

/** Answers drawn at random for any questionnaire definition, analysed without a server. */
public final class RandomAnswers {

    private static final JsonNodeFactory JSON = JsonNodeFactory.instance;

    private RandomAnswers() {}

    public static WaveAnalysis analyse(QuestionnaireDefinition definition, int respondents, long seed) {
        Random random = new Random(seed);
        List<UnitInfo> units = List.of(
                new UnitInfo("R001", "甲单位", UnitType.GOVERNMENT_DEPARTMENT.label(), respondents / 2 + 5),
                new UnitInfo("R002", "乙单位", UnitType.PARTY_DEPARTMENT.label(), respondents - respondents / 2 + 5));
        List<RespondentAnswers> rows = new ArrayList<>();
        for (int i = 0; i < respondents; i++) {
            double level = random.nextGaussian();
            Map<String, JsonNode> answers = new LinkedHashMap<>();
            for (Question q : definition.questions()) {
                switch (q.type()) {
                    case LIKERT -> {
                        var scale = definition.scale();
                        long point = Math.round((scale.min() + scale.max()) / 2.0 + level + random.nextGaussian());
                        answers.put(q.code(), JSON.numberNode((int)
                                Math.max(scale.min(), Math.min(scale.max(), point))));
                    }
                    case SINGLE ->
                        answers.put(
                                q.code(),
                                JSON.textNode(q.options()
                                        .get(random.nextInt(q.options().size()))
                                        .code()));
                    case MULTI -> {
                        List<Option> options = new ArrayList<>(q.options());
                        ArrayNode chosen = JSON.arrayNode();
                        int wanted = Math.max(q.fewestChoices(), 1 + random.nextInt(q.mostChoices()));
                        for (int k = 0; k < wanted && !options.isEmpty(); k++) {
                            chosen.add(options.remove(random.nextInt(options.size()))
                                    .code());
                        }
                        answers.put(q.code(), chosen);
                    }
                    case TEXT -> {}
                }
            }
            UnitInfo unit = units.get(i % 2);
            rows.add(new RespondentAnswers(
                    unit.code(),
                    unit.type(),
                    AnswerEncoder.encode(definition, answers).answers()));
        }
        return WaveAnalyzer.analyze(
                new SurveyData(
                        definition,
                        ResponseTable.build(definition, rows),
                        units,
                        Arrays.stream(UnitType.values()).map(UnitType::label).toList()),
                new AnalysisSettings(5, new AttributionSettings(200, 1, 0.95)));
    }
}
