package com.lzp.survey.findings;

import com.lzp.survey.collection.Wave;
import com.lzp.survey.collection.WaveService;
import com.lzp.survey.common.FieldError;
import com.lzp.survey.common.SurveyException;
import io.quarkus.logging.Log;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.transaction.Transactional;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The researchers' texts of a wave's report: each edit stored as a new version (never overwritten), the latest
 * shown in every format of the report. Researchers and admins write; committees only read. Each save is logged and,
 * like every request, recorded in the audit log with its author.
 */
@ApplicationScoped
public class SectionTexts {

    /** The parts a text can belong to, in report order. */
    public static final List<String> SECTIONS = List.of(
            OverviewSection.KEY,
            EffectsSection.KEY,
            ProblemsSection.KEY,
            CausesSection.KEY,
            CountermeasuresSection.KEY);

    static final int MAX_TITLE = 40;
    static final int MAX_BODY = 5000;

    private final EntityManager em;

    SectionTexts(EntityManager em) {
        this.em = em;
    }

    /** The latest text of every part that has one, by part key (empty texts left out). */
    public Map<String, SectionText> latest(String waveCode) {
        Wave wave = WaveService.wave(waveCode);
        Map<String, SectionText> texts = new LinkedHashMap<>();
        for (ReportText text : ReportText.latestForWave(wave.id)) {
            if (!text.view().isEmpty()) {
                texts.put(text.section, text.view());
            }
        }
        return texts;
    }

    /** The latest texts in report order, empty ones included (so an editor sees what was removed). */
    public List<SectionText> list(String waveCode) {
        Wave wave = WaveService.wave(waveCode);
        Map<String, SectionText> bySection = new LinkedHashMap<>();
        ReportText.latestForWave(wave.id).forEach(t -> bySection.put(t.section, t.view()));
        List<SectionText> ordered = new ArrayList<>();
        SECTIONS.stream().filter(bySection::containsKey).forEach(s -> ordered.add(bySection.get(s)));
        return ordered;
    }

    public SectionText get(String waveCode, String section) {
        Wave wave = WaveService.wave(waveCode);
        return ReportText.latest(wave.id, checked(section))
                .map(ReportText::view)
                .orElseThrow(() -> SurveyException.notFound("报告的「" + section + "」部分还没有课题组补充的内容。"));
    }

    public List<SectionText> history(String waveCode, String section) {
        Wave wave = WaveService.wave(waveCode);
        return ReportText.history(wave.id, checked(section)).stream()
                .map(ReportText::view)
                .toList();
    }

    /** Stores the text as the part's next version; refuses a stale edit (409) and text too long (422). */
    @Transactional
    public SectionText save(String waveCode, String section, SectionTextRequest request, String author) {
        String part = checked(section);
        String title = request == null || request.title() == null
                ? ""
                : request.title().strip();
        String body = request == null || request.body() == null
                ? null
                : request.body().strip();
        List<FieldError> errors = new ArrayList<>();
        if (body == null) {
            errors.add(new FieldError("body", "请填写正文（清空正文即从报告中撤下这一部分的补充内容，可写空字符串）。"));
        } else if (body.length() > MAX_BODY) {
            errors.add(new FieldError("body", "正文最多 " + MAX_BODY + " 字，现有 " + body.length() + " 字。"));
        }
        if (title.length() > MAX_TITLE) {
            errors.add(new FieldError("title", "小标题最多 " + MAX_TITLE + " 字，现有 " + title.length() + " 字。"));
        }
        if (title.contains("\n") || title.contains("\r")) {
            errors.add(new FieldError("title", "小标题只能有一行。"));
        }
        if (!errors.isEmpty()) {
            throw new SurveyException(
                    422, "invalid-text", "补充内容未通过校验", errors.get(0).message(), errors);
        }
        Wave wave = WaveService.wave(waveCode);
        // one writer per wave at a time, so that two saves never take the same version number
        em.lock(wave, LockModeType.PESSIMISTIC_WRITE);
        int current = ReportText.latest(wave.id, part).map(t -> t.version).orElse(0);
        if (request.expectedVersion() != null && request.expectedVersion() != current) {
            throw SurveyException.conflict(
                    "stale-text",
                    "expectedVersion",
                    "这一部分已被他人修改（现为第 " + current + " 版，您编辑的是第 " + request.expectedVersion() + " 版），请刷新后再改。");
        }
        ReportText text = new ReportText();
        text.wave = wave;
        text.section = part;
        text.version = current + 1;
        text.title = title;
        text.body = body;
        text.author = author;
        text.savedAt = Instant.now();
        text.persist();
        Log.infof("report text of wave %s, part %s: version %d saved by %s", wave.code, part, text.version, author);
        return text.view();
    }

    private static String checked(String section) {
        if (!SECTIONS.contains(section)) {
            throw SurveyException.notFound("报告没有名为「" + section + "」的部分，可用的有：" + String.join("、", SECTIONS) + "。");
        }
        return section;
    }
}
