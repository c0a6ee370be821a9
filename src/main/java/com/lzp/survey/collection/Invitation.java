package com.lzp.survey.collection;

import io.quarkus.hibernate.orm.panache.PanacheEntity;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import java.security.SecureRandom;
import java.time.Instant;
import java.util.Base64;
import java.util.List;
import java.util.Optional;

/**
 * The link one unit's cadres answer a wave through. Its token is the respondents' only key: unguessable
 * (192 random bits) and good for its own unit and wave only.
 */
@Entity
@Table(name = "invitation")
public class Invitation extends PanacheEntity {

    private static final SecureRandom RANDOM = new SecureRandom();

    public String token;

    @ManyToOne(optional = false)
    @JoinColumn(name = "wave_id")
    public Wave wave;

    @ManyToOne(optional = false)
    @JoinColumn(name = "unit_id")
    public Unit unit;

    @Column(name = "created_at")
    public Instant createdAt;

    @Column(name = "closed_at")
    public Instant closedAt;

    /** Takes responses only while both the link and its wave are open. */
    public boolean isOpen() {
        return closedAt == null && wave.isOpen();
    }

    public static Optional<Invitation> findByToken(String token) {
        return find("token", token).firstResultOptional();
    }

    /** The wave's invitations with their units loaded in the same query, in unit-code order. */
    public static List<Invitation> listForWave(long waveId) {
        return find(
                        "from Invitation i join fetch i.unit join fetch i.wave where i.wave.id = ?1 order by i.unit.code",
                        waveId)
                .list();
    }

    public static Invitation issue(Wave wave, Unit unit) {
        byte[] bytes = new byte[24];
        RANDOM.nextBytes(bytes);
        Invitation invitation = new Invitation();
        invitation.token = Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
        invitation.wave = wave;
        invitation.unit = unit;
        invitation.createdAt = Instant.now();
        return invitation;
    }
}
