package com.lzp.survey.questionnaire;

import io.quarkus.hibernate.orm.panache.PanacheEntity;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

/** A stored questionnaire version: its definition as canonical JSON, fixed once it has responses. */
@Entity
@Table(name = "questionnaire_version")
public class QuestionnaireVersion extends PanacheEntity {

    public String code;
    public int version;
    public String title;

    @JdbcTypeCode(SqlTypes.JSON)
    @Column(columnDefinition = "jsonb")
    public String definition;

    /** SHA-256 of the canonical definition JSON: tells a changed file from an unchanged one. */
    public String checksum;

    @Column(name = "loaded_at")
    public Instant loadedAt;

    public static Optional<QuestionnaireVersion> findByCodeAndVersion(String code, int version) {
        return find("code = ?1 and version = ?2", code, version).firstResultOptional();
    }

    /** The highest version of a questionnaire. */
    public static Optional<QuestionnaireVersion> findLatest(String code) {
        return find("code = ?1 order by version desc", code).firstResultOptional();
    }

    public static List<QuestionnaireVersion> listInOrder() {
        return list("order by code, version");
    }
}
