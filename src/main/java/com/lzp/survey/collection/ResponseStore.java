package com.lzp.survey.collection;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import java.sql.PreparedStatement;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.UUID;
import org.hibernate.Session;

/**
 * Writes responses so that a submission id lands at most once. PostgreSQL's {@code on conflict do nothing}
 * settles concurrent copies of the same submission: the second waits for the first and then inserts nothing.
 */
@ApplicationScoped
public class ResponseStore {

    private static final String INSERT = "insert into response (submission_id, wave_id, unit_id, invitation_id,"
            + " answers, texts, fingerprint, submitted_at) values (?, ?, ?, ?, ?, ?::jsonb, ?, ?)"
            + " on conflict (submission_id) do nothing";

    private final EntityManager em;
    private final ObjectMapper mapper;

    ResponseStore(EntityManager em, ObjectMapper mapper) {
        this.em = em;
        this.mapper = mapper;
    }

    /**
     * Stores a response in the caller's transaction.
     *
     * @return true when stored, false when a response with this submission id exists already
     */
    public boolean insertIfAbsent(UUID submissionId, Invitation invitation, EncodedAnswers encoded, Instant at) {
        String texts = toJson(encoded);
        em.flush();
        return em.unwrap(Session.class).doReturningWork(connection -> {
            try (PreparedStatement insert = connection.prepareStatement(INSERT)) {
                insert.setObject(1, submissionId);
                insert.setLong(2, invitation.wave.id);
                insert.setLong(3, invitation.unit.id);
                insert.setLong(4, invitation.id);
                insert.setArray(5, connection.createArrayOf("smallint", encoded.answers()));
                insert.setString(6, texts);
                insert.setString(7, encoded.fingerprint());
                insert.setObject(8, OffsetDateTime.ofInstant(at, ZoneOffset.UTC));
                return insert.executeUpdate() == 1;
            }
        });
    }

    private String toJson(EncodedAnswers encoded) {
        try {
            return mapper.writeValueAsString(encoded.texts());
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }
}
