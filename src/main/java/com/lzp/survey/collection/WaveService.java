package com.lzp.survey.collection;

import com.lzp.survey.common.SurveyConfig;
import com.lzp.survey.common.SurveyException;
import io.quarkus.logging.Log;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.time.Instant;
import java.util.List;
import java.util.Map;

/** Reads waves and their invitations. */
@ApplicationScoped
public class WaveService {

    private final SurveyConfig config;

    WaveService(SurveyConfig config) {
        this.config = config;
    }

    public List<WaveView> list() {
        return Wave.listNewestFirst().stream().map(this::view).toList();
    }

    public WaveView get(String waveCode) {
        return view(wave(waveCode));
    }

    public List<InvitationView> invitations(String waveCode) {
        Wave wave = wave(waveCode);
        Map<Long, Long> counts = Response.countsByInvitation(wave.id);
        return Invitation.listForWave(wave.id).stream()
                .map(i -> new InvitationView(
                        i.unit.code,
                        i.unit.name,
                        i.unit.type,
                        i.unit.type.label(),
                        i.unit.expectedCadres,
                        i.token,
                        config.publicBaseUrl() + "/s/" + i.token,
                        i.isOpen(),
                        counts.getOrDefault(i.id, 0L)))
                .toList();
    }

    /** Stops a wave taking responses; retries of earlier submissions are still acknowledged. */
    @Transactional
    public WaveView close(String waveCode) {
        Wave wave = wave(waveCode);
        if (wave.isOpen()) {
            wave.status = WaveStatus.CLOSED;
            wave.closedAt = Instant.now();
            Log.infof("wave %s closed", wave.code);
        }
        return view(wave);
    }

    /** Lets a closed wave take responses again. */
    @Transactional
    public WaveView reopen(String waveCode) {
        Wave wave = wave(waveCode);
        if (!wave.isOpen()) {
            wave.status = WaveStatus.OPEN;
            wave.closedAt = null;
            Log.infof("wave %s reopened", wave.code);
        }
        return view(wave);
    }

    /** The wave with this code, or a 404 that says so. */
    public static Wave wave(String waveCode) {
        return Wave.findByCode(waveCode).orElseThrow(() -> SurveyException.notFound("没有找到调查批次「" + waveCode + "」。"));
    }

    private WaveView view(Wave wave) {
        List<Invitation> invitations = Invitation.listForWave(wave.id);
        long expected =
                invitations.stream().mapToLong(i -> i.unit.expectedCadres).sum();
        return new WaveView(
                wave.code,
                wave.title,
                wave.questionnaire.code,
                wave.questionnaire.version,
                wave.status,
                wave.demo,
                wave.createdAt,
                wave.closedAt,
                invitations.size(),
                expected,
                Response.countForWave(wave.id));
    }
}
