package com.lzp.survey.results;

import com.lzp.survey.analysis.RespondentAnswers;
import com.lzp.survey.collection.UnitType;
import jakarta.enterprise.context.ApplicationScoped;
import java.sql.Array;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import javax.sql.DataSource;

/**
 * Reads a wave's responses for analysis straight from PostgreSQL: one small answer array per respondent,
 * streamed in batches, with no entity per row. Unit, unit type and time filters run in the database.
 */
@ApplicationScoped
public class WaveDataReader {

    private final DataSource dataSource;

    WaveDataReader(DataSource dataSource) {
        this.dataSource = dataSource;
    }

    /** Which rows to read: empty collections and null bounds mean no restriction. */
    public record Selection(
            long waveId, Collection<Long> unitIds, Collection<UnitType> unitTypes, Instant from, Instant until) {

        public static Selection wholeWave(long waveId) {
            return new Selection(waveId, List.of(), List.of(), null, null);
        }
    }

    public List<RespondentAnswers> read(Selection selection) {
        StringBuilder sql = new StringBuilder("select u.code, u.type, r.answers from response r"
                + " join unit u on u.id = r.unit_id where r.wave_id = ?");
        if (!selection.unitIds().isEmpty()) {
            sql.append(" and r.unit_id = any(?)");
        }
        if (!selection.unitTypes().isEmpty()) {
            sql.append(" and u.type = any(?)");
        }
        if (selection.from() != null) {
            sql.append(" and r.submitted_at >= ?");
        }
        if (selection.until() != null) {
            sql.append(" and r.submitted_at < ?");
        }
        sql.append(" order by r.id");
        try (Connection connection = dataSource.getConnection()) {
            boolean autoCommit = connection.getAutoCommit();
            // PostgreSQL streams with a cursor only outside auto-commit
            connection.setAutoCommit(false);
            try (PreparedStatement select = connection.prepareStatement(sql.toString())) {
                select.setFetchSize(10_000);
                int parameter = 1;
                select.setLong(parameter++, selection.waveId());
                if (!selection.unitIds().isEmpty()) {
                    select.setArray(
                            parameter++,
                            connection.createArrayOf(
                                    "bigint", selection.unitIds().toArray()));
                }
                if (!selection.unitTypes().isEmpty()) {
                    select.setArray(
                            parameter++,
                            connection.createArrayOf(
                                    "varchar",
                                    selection.unitTypes().stream()
                                            .map(Enum::name)
                                            .toArray()));
                }
                if (selection.from() != null) {
                    select.setObject(parameter++, OffsetDateTime.ofInstant(selection.from(), ZoneOffset.UTC));
                }
                if (selection.until() != null) {
                    select.setObject(parameter, OffsetDateTime.ofInstant(selection.until(), ZoneOffset.UTC));
                }
                List<RespondentAnswers> rows = new ArrayList<>();
                try (ResultSet rs = select.executeQuery()) {
                    while (rs.next()) {
                        rows.add(new RespondentAnswers(
                                rs.getString(1),
                                UnitType.valueOf(rs.getString(2)).label(),
                                answers(rs.getArray(3))));
                    }
                }
                connection.commit();
                return rows;
            } finally {
                connection.setAutoCommit(autoCommit);
            }
        } catch (SQLException e) {
            throw new IllegalStateException("reading responses of wave " + selection.waveId() + " failed", e);
        }
    }

    private static Short[] answers(Array array) throws SQLException {
        Object values = array.getArray();
        array.free();
        return (Short[]) values;
    }
}
