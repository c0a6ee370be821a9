package com.lzp.survey.results;

import com.lzp.survey.analysis.ResponseTable;
import com.lzp.survey.analysis.UnitInfo;
import com.lzp.survey.analysis.WaveSummary;
import com.lzp.survey.analysis.WaveSummaryAnalysis;
import com.lzp.survey.collection.Invitation;
import com.lzp.survey.collection.Wave;
import com.lzp.survey.collection.WaveService;
import com.lzp.survey.common.SurveyException;
import com.lzp.survey.questionnaire.QuestionnaireCatalog;
import com.lzp.survey.questionnaire.QuestionnaireDefinition;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import tech.tablesaw.api.Table;

/** Runs the analysis of a wave, or of a selection of its units, over data read from PostgreSQL. */
@ApplicationScoped
public class WaveResultsService {

    private final QuestionnaireCatalog catalog;
    private final WaveDataReader reader;

    WaveResultsService(QuestionnaireCatalog catalog, WaveDataReader reader) {
        this.catalog = catalog;
        this.reader = reader;
    }

    /** The questionnaire and the analysed responses of a wave. */
    public record WaveData(Wave wave, QuestionnaireDefinition definition, List<UnitInfo> units, Table responses) {
    }

    /** @param unitCodes units to analyse, or empty for every unit of the wave */
    public WaveSummary summary(String waveCode, List<String> unitCodes) {
        WaveData data = load(waveCode, unitCodes);
        return WaveSummaryAnalysis.summarize(data.definition(), data.responses(), data.units());
    }

    /** @param unitCodes units to analyse, or empty for every unit of the wave */
    public WaveData load(String waveCode, List<String> unitCodes) {
        Wave wave = WaveService.wave(waveCode);
        Map<String, Invitation> invitations = Invitation.listForWave(wave.id).stream()
                .collect(Collectors.toMap(i -> i.unit.code, Function.identity()));
        List<Invitation> selected = new ArrayList<>();
        for (String code : new LinkedHashSet<>(unitCodes)) {
            Invitation invitation = invitations.get(code);
            if (invitation == null) {
                throw SurveyException.badRequest("unit", "单位「" + code + "」没有参加调查批次「" + wave.code + "」。");
            }
            selected.add(invitation);
        }
        if (selected.isEmpty()) {
            selected.addAll(invitations.values());
        }
        List<UnitInfo> units = selected.stream().map(i -> new UnitInfo(i.unit.code, i.unit.name,
                i.unit.type.label(), i.unit.expectedCadres)).toList();
        List<Long> unitIds = unitCodes.isEmpty() ? List.of() : selected.stream().map(i -> i.unit.id).toList();
        QuestionnaireDefinition definition = catalog.definition(wave.questionnaire.id);
        Table responses = ResponseTable.build(definition, reader.read(wave.id, unitIds));
        return new WaveData(wave, definition, units, responses);
    }
}
