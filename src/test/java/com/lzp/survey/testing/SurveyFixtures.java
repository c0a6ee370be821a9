package com.lzp.survey.testing;

import com.lzp.survey.collection.Invitation;
import com.lzp.survey.collection.Response;
import com.lzp.survey.collection.Unit;
import com.lzp.survey.collection.UnitType;
import com.lzp.survey.collection.Wave;
import com.lzp.survey.collection.WaveStatus;
import com.lzp.survey.questionnaire.QuestionnaireVersion;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Makes the data a test needs, with codes no other test uses, so that tests depend neither on each other nor
 * on their order.
 */
@ApplicationScoped
public class SurveyFixtures {

    private static final AtomicInteger SEQUENCE = new AtomicInteger();
    private static final String RUN = UUID.randomUUID().toString().substring(0, 6);

    /** A unit to create: a short name local to the test, its type and expected number of cadres. */
    public record UnitSpec(String key, UnitType type, int expectedCadres) {}

    /** A created wave: its code, and per unit key the unit's code and invitation token. */
    public record CreatedWave(String code, Map<String, String> unitCodes, Map<String, String> tokens) {

        public String token(String key) {
            return tokens.get(key);
        }

        public String unit(String key) {
            return unitCodes.get(key);
        }
    }

    public static UnitSpec unit(String key, UnitType type, int expectedCadres) {
        return new UnitSpec(key, type, expectedCadres);
    }

    /** An open wave of the built-in questionnaire's latest version with one unit. */
    public CreatedWave builtInWave() {
        return wave("lzp-cadre", unit("a", UnitType.GOVERNMENT_DEPARTMENT, 10));
    }

    /** An open wave of the latest version of a questionnaire, with the units given. */
    @Transactional
    public CreatedWave wave(String questionnaire, UnitSpec... units) {
        String suffix = RUN + "-" + SEQUENCE.incrementAndGet();
        QuestionnaireVersion version =
                QuestionnaireVersion.findLatest(questionnaire).orElseThrow();
        Wave wave = Wave.open("w-" + suffix, "测试批次 " + suffix, version);
        wave.persist();
        Map<String, String> unitCodes = new LinkedHashMap<>();
        Map<String, String> tokens = new LinkedHashMap<>();
        for (UnitSpec spec : units) {
            Unit unit = Unit.of(spec.key() + "-" + suffix, "测试单位" + spec.key(), spec.type(), spec.expectedCadres());
            unit.persist();
            Invitation invitation = Invitation.issue(wave, unit);
            invitation.persist();
            unitCodes.put(spec.key(), unit.code);
            tokens.put(spec.key(), invitation.token);
        }
        return new CreatedWave(wave.code, unitCodes, tokens);
    }

    @Transactional
    public long responsesIn(String waveCode) {
        return Response.countForWave(Wave.findByCode(waveCode).orElseThrow().id);
    }

    @Transactional
    public Optional<Short[]> storedAnswers(UUID submissionId) {
        return Response.findBySubmissionId(submissionId).map(r -> r.answers);
    }

    /** The answer array of a wave's single response. */
    @Transactional
    public Short[] answersOfOnlyResponse(String waveCode) {
        return Response.<Response>find("wave.code", waveCode).singleResult().answers;
    }

    /** How many versions of a questionnaire are stored. */
    @Transactional
    public long questionnaireVersions(String code) {
        return QuestionnaireVersion.count("code", code);
    }

    @Transactional
    public String passwordHashOf(String username) {
        return com.lzp.survey.access.AppUser.findByUsername(username).orElseThrow().passwordHash;
    }

    @Transactional
    public void closeWave(String waveCode) {
        Wave wave = Wave.findByCode(waveCode).orElseThrow();
        wave.status = WaveStatus.CLOSED;
        wave.closedAt = Instant.now();
    }

    @Transactional
    public void closeInvitation(String token) {
        Invitation.findByToken(token).orElseThrow().closedAt = Instant.now();
    }
}
