package com.lzp.survey.findings;

import com.lzp.survey.collection.Wave;
import io.quarkus.hibernate.orm.panache.PanacheEntity;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

/** One version of the researchers' text for one part of a wave's report (table {@code report_text}). */
@Entity
@Table(name = "report_text")
public class ReportText extends PanacheEntity {

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "wave_id")
    public Wave wave;

    public String section;

    public int version;

    public String title;

    public String body;

    public String author;

    @Column(name = "saved_at")
    public Instant savedAt;

    /** The latest version of every part that has a text, in no particular order. */
    public static List<ReportText> latestForWave(long waveId) {
        return list(
                "from ReportText r where r.wave.id = ?1 and r.version = (select max(t.version) from ReportText t"
                        + " where t.wave.id = ?1 and t.section = r.section)",
                waveId);
    }

    public static Optional<ReportText> latest(long waveId, String section) {
        return find("wave.id = ?1 and section = ?2 order by version desc", waveId, section)
                .firstResultOptional();
    }

    /** Every version of one part, newest first. */
    public static List<ReportText> history(long waveId, String section) {
        return list("wave.id = ?1 and section = ?2 order by version desc", waveId, section);
    }

    SectionText view() {
        return new SectionText(section, title, body, version, author, savedAt);
    }
}
