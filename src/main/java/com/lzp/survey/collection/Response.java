package com.lzp.survey.collection;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.stream.Collectors;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

/**
 * One anonymous response. Nothing identifies the respondent: the unit comes from the invitation link.
 * {@link #answers} follows the questionnaire version's answer layout; {@code null} slots are missing answers.
 * Written only through {@link ResponseStore}, which makes a retried submission land once.
 */
@Entity
@Table(name = "response")
public class Response extends PanacheEntityBase {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;

    @Column(name = "submission_id")
    public UUID submissionId;

    @ManyToOne(optional = false)
    @JoinColumn(name = "wave_id")
    public Wave wave;

    @ManyToOne(optional = false)
    @JoinColumn(name = "unit_id")
    public Unit unit;

    @ManyToOne(optional = false)
    @JoinColumn(name = "invitation_id")
    public Invitation invitation;

    @JdbcTypeCode(SqlTypes.ARRAY)
    public Short[] answers;

    @JdbcTypeCode(SqlTypes.JSON)
    public Map<String, String> texts;

    /** SHA-256 of the encoded answers: tells an identical retry from a different response reusing an id. */
    public String fingerprint;

    @Column(name = "submitted_at")
    public Instant submittedAt;

    public static Optional<Response> findBySubmissionId(UUID submissionId) {
        return find("submissionId", submissionId).firstResultOptional();
    }

    public static long countForWave(long waveId) {
        return count("wave.id", waveId);
    }

    /**
     * What identifies the state of a wave's data: how many responses it has and the newest one's id. Responses are
     * only ever added, so an unchanged revision means unchanged data.
     */
    public static String revisionOf(long waveId) {
        Object[] row = getEntityManager()
                .createQuery("select count(r), max(r.id) from Response r where r.wave.id = ?1", Object[].class)
                .setParameter(1, waveId)
                .getSingleResult();
        return row[0] + ":" + row[1];
    }

    /** When the wave's first and last responses came in, or empty without responses. */
    public static Optional<Instant[]> submissionPeriod(long waveId) {
        Object[] row = getEntityManager()
                .createQuery(
                        "select min(r.submittedAt), max(r.submittedAt) from Response r where r.wave.id = ?1",
                        Object[].class)
                .setParameter(1, waveId)
                .getSingleResult();
        return row[0] == null ? Optional.empty() : Optional.of(new Instant[] {(Instant) row[0], (Instant) row[1]});
    }

    public static long countForWaveAndUnitType(long waveId, UnitType type) {
        return count("wave.id = ?1 and unit.type = ?2", waveId, type);
    }

    /** Number of responses per invitation id of a wave; invitations without responses are absent. */
    public static Map<Long, Long> countsByInvitation(long waveId) {
        return getEntityManager()
                .createQuery(
                        "select r.invitation.id, count(r) from Response r"
                                + " where r.wave.id = ?1 group by r.invitation.id",
                        Object[].class)
                .setParameter(1, waveId)
                .getResultStream()
                .collect(Collectors.toMap(row -> (Long) row[0], row -> (Long) row[1]));
    }
}
