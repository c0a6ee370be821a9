package com.lzp.survey.collection;

import com.lzp.survey.questionnaire.QuestionnaireVersion;
import io.quarkus.hibernate.orm.panache.PanacheEntity;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

/** One round of the survey (调查批次), answered with one questionnaire version. */
@Entity
@Table(name = "wave")
public class Wave extends PanacheEntity {

    public String code;
    public String title;

    @ManyToOne(optional = false)
    @JoinColumn(name = "questionnaire_version_id")
    public QuestionnaireVersion questionnaire;

    @Enumerated(EnumType.STRING)
    public WaveStatus status;

    /** Synthetic data for demonstration, labelled as such wherever the wave is shown. */
    public boolean demo;

    @Column(name = "created_at")
    public Instant createdAt;

    @Column(name = "closed_at")
    public Instant closedAt;

    public boolean isOpen() {
        return status == WaveStatus.OPEN;
    }

    public static Optional<Wave> findByCode(String code) {
        return find("code", code).firstResultOptional();
    }

    public static List<Wave> listNewestFirst() {
        return list("order by createdAt desc, id desc");
    }

    public static Wave open(String code, String title, QuestionnaireVersion questionnaire) {
        Wave wave = new Wave();
        wave.code = code;
        wave.title = title;
        wave.questionnaire = questionnaire;
        wave.status = WaveStatus.OPEN;
        wave.createdAt = Instant.now();
        return wave;
    }
}
