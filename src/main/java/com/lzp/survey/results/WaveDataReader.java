package com.lzp.survey.results;

import com.lzp.survey.analysis.RespondentAnswers;
import com.lzp.survey.collection.UnitType;
import jakarta.enterprise.context.ApplicationScoped;
import java.sql.Array;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import javax.sql.DataSource;

/**
 * Reads a wave's responses for analysis straight from PostgreSQL: one small answer array per respondent,
 * streamed in batches, with no entity per row.
 */
@ApplicationScoped
public class WaveDataReader {

    private static final String SELECT = "select u.code, u.type, r.answers from response r"
            + " join unit u on u.id = r.unit_id where r.wave_id = ?";

    private final DataSource dataSource;

    WaveDataReader(DataSource dataSource) {
        this.dataSource = dataSource;
    }

    /** @param unitIds the units to read, or empty for all units of the wave */
    public List<RespondentAnswers> read(long waveId, Collection<Long> unitIds) {
        String sql = SELECT + (unitIds.isEmpty() ? "" : " and r.unit_id = any(?)") + " order by r.id";
        try (Connection connection = dataSource.getConnection()) {
            boolean autoCommit = connection.getAutoCommit();
            // PostgreSQL streams with a cursor only outside auto-commit
            connection.setAutoCommit(false);
            try (PreparedStatement select = connection.prepareStatement(sql)) {
                select.setFetchSize(10_000);
                select.setLong(1, waveId);
                if (!unitIds.isEmpty()) {
                    select.setArray(2, connection.createArrayOf("bigint", unitIds.toArray()));
                }
                List<RespondentAnswers> rows = new ArrayList<>();
                try (ResultSet rs = select.executeQuery()) {
                    while (rs.next()) {
                        rows.add(new RespondentAnswers(rs.getString(1), UnitType.valueOf(rs.getString(2)).label(),
                                answers(rs.getArray(3))));
                    }
                }
                connection.commit();
                return rows;
            } finally {
                connection.setAutoCommit(autoCommit);
            }
        } catch (SQLException e) {
            throw new IllegalStateException("reading responses of wave " + waveId + " failed", e);
        }
    }

    private static Short[] answers(Array array) throws SQLException {
        Object values = array.getArray();
        array.free();
        return (Short[]) values;
    }
}
