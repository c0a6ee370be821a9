package com.lzp.survey.demo;

import com.lzp.survey.collection.AnswerEncoder;
import com.lzp.survey.collection.Invitation;
import com.lzp.survey.collection.ResponseStore;
import com.lzp.survey.collection.Unit;
import com.lzp.survey.collection.Wave;
import com.lzp.survey.common.SurveyConfig;
import com.lzp.survey.demo.DemoWave.DemoResponse;
import com.lzp.survey.demo.DemoWave.DemoUnit;
import com.lzp.survey.questionnaire.QuestionnaireCatalog;
import com.lzp.survey.questionnaire.QuestionnaireDefinition;
import com.lzp.survey.questionnaire.QuestionnaireVersion;
import io.quarkus.logging.Log;
import io.quarkus.runtime.StartupEvent;
import jakarta.annotation.Priority;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.util.HashMap;
import java.util.Map;

/**
 * Loads a clearly labelled demo wave of the built-in questionnaire when the database has no wave yet, so that
 * a newcomer sees real-looking numbers at once. Responses go through the same validation and storage as real
 * submissions. Safe when several instances start at once: they take turns on an advisory lock.
 */
@ApplicationScoped
public class DemoDataLoader {

    public static final String WAVE_CODE = "demo";
    static final String QUESTIONNAIRE = "lzp-cadre";
    private static final long LOCK_KEY = 0x4c5a505f44454d4fL;

    private final SurveyConfig config;
    private final QuestionnaireCatalog catalog;
    private final ResponseStore store;
    private final EntityManager em;

    DemoDataLoader(SurveyConfig config, QuestionnaireCatalog catalog, ResponseStore store, EntityManager em) {
        this.config = config;
        this.catalog = catalog;
        this.store = store;
        this.em = em;
    }

    @Transactional
    void loadIfEmpty(@Observes @Priority(20) StartupEvent event) {
        if (!config.demo().enabled()) {
            return;
        }
        em.createNativeQuery("select 1 from pg_advisory_xact_lock(?1)")
                .setParameter(1, LOCK_KEY)
                .getSingleResult();
        if (Wave.count() > 0) {
            return;
        }
        QuestionnaireVersion version = QuestionnaireVersion.findLatest(QUESTIONNAIRE)
                .orElseThrow(() -> new IllegalStateException("the built-in questionnaire is not loaded"));
        QuestionnaireDefinition definition = catalog.definition(version.id);
        DemoWave demo = DemoWaveGenerator.generate(
                definition, config.demo().seed(), config.demo().responses());

        Wave wave = Wave.open(WAVE_CODE, "【演示数据】市直机关党建与业务工作融合情况调查（模拟答卷，非真实数据）", version);
        wave.demo = true;
        wave.persist();
        Map<String, Invitation> invitations = new HashMap<>();
        for (DemoUnit demoUnit : demo.units()) {
            Unit unit = Unit.findByCode(demoUnit.code()).orElseGet(() -> {
                Unit created = Unit.of(demoUnit.code(), demoUnit.name(), demoUnit.type(), demoUnit.expectedCadres());
                created.persist();
                return created;
            });
            Invitation invitation = Invitation.issue(wave, unit);
            invitation.persist();
            invitations.put(unit.code, invitation);
        }
        for (DemoResponse response : demo.responses()) {
            store.insertIfAbsent(
                    response.submissionId(),
                    invitations.get(response.unit()),
                    AnswerEncoder.encode(definition, response.answers()),
                    response.submittedAt());
        }
        Log.infof(
                "demo wave '%s' loaded: %d units, %d synthetic responses (seed %d)",
                WAVE_CODE,
                demo.units().size(),
                demo.responses().size(),
                config.demo().seed());
    }
}
