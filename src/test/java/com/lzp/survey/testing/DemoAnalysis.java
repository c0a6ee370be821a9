package com.lzp.survey.testing;

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
import com.lzp.survey.demo.DemoWave;
import com.lzp.survey.demo.DemoWaveGenerator;
import com.lzp.survey.questionnaire.QuestionnaireDefinition;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/** The full analysis of the demo wave (565 responses, default seed), computed without a server. */
public final class DemoAnalysis {

    private DemoAnalysis() {}

    public static WaveAnalysis of(int bootstrapDraws) {
        QuestionnaireDefinition builtIn = Definitions.builtIn();
        DemoWave demo = DemoWaveGenerator.generate(builtIn, 20241123, 565);
        Map<String, DemoWave.DemoUnit> units =
                demo.units().stream().collect(Collectors.toMap(DemoWave.DemoUnit::code, u -> u));
        List<RespondentAnswers> rows = demo.responses().stream()
                .map(r -> new RespondentAnswers(
                        r.unit(),
                        units.get(r.unit()).type().label(),
                        AnswerEncoder.encode(builtIn, r.answers()).answers()))
                .toList();
        List<UnitInfo> unitInfos = demo.units().stream()
                .map(u -> new UnitInfo(u.code(), u.name(), u.type().label(), u.expectedCadres()))
                .toList();
        return WaveAnalyzer.analyze(
                new SurveyData(
                        builtIn,
                        ResponseTable.build(builtIn, rows),
                        unitInfos,
                        Arrays.stream(UnitType.values()).map(UnitType::label).toList()),
                new AnalysisSettings(5, new AttributionSettings(bootstrapDraws, 1, 0.95)));
    }
}
