package com.lzp.survey.export;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.lzp.survey.collection.UnitType;
import com.lzp.survey.questionnaire.AnswerLayout;
import com.lzp.survey.questionnaire.Option;
import com.lzp.survey.questionnaire.Question;
import com.lzp.survey.questionnaire.QuestionnaireDefinition;
import jakarta.enterprise.context.ApplicationScoped;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import javax.sql.DataSource;

/**
 * Streams a wave's responses as export rows in the codebook's column order, straight from a database cursor:
 * however large the wave, only a batch of rows is in memory at a time.
 */
@ApplicationScoped
public class ResponseRows {

    private static final String SELECT = "select u.code, u.name, u.type, r.submitted_at, r.answers, r.texts::text"
            + " from response r join unit u on u.id = r.unit_id where r.wave_id = ? order by r.id";
    private static final TypeReference<Map<String, String>> TEXTS = new TypeReference<>() {};

    private final DataSource dataSource;
    private final ObjectMapper mapper;

    ResponseRows(DataSource dataSource, ObjectMapper mapper) {
        this.dataSource = dataSource;
        this.mapper = mapper;
    }

    /** Calls {@code row} once per response, in submission order. */
    public void forEach(long waveId, QuestionnaireDefinition definition, ZoneId zone, Consumer<List<String>> row) {
        AnswerLayout layout = definition.layout();
        List<Question> questions = definition.questions();
        try (Connection connection = dataSource.getConnection()) {
            boolean autoCommit = connection.getAutoCommit();
            connection.setAutoCommit(false);
            try (PreparedStatement select = connection.prepareStatement(SELECT)) {
                select.setFetchSize(1_000);
                select.setLong(1, waveId);
                try (ResultSet rs = select.executeQuery()) {
                    long number = 0;
                    while (rs.next()) {
                        Short[] answers = (Short[]) rs.getArray(5).getArray();
                        Map<String, String> texts = mapper.readValue(rs.getString(6), TEXTS);
                        List<String> cells = new ArrayList<>();
                        cells.add(String.valueOf(++number));
                        cells.add(rs.getString(1));
                        cells.add(rs.getString(2));
                        cells.add(UnitType.valueOf(rs.getString(3)).label());
                        cells.add(rs.getObject(4, OffsetDateTime.class)
                                .atZoneSameInstant(zone)
                                .toLocalDate()
                                .toString());
                        for (Question q : questions) {
                            switch (q.type()) {
                                case LIKERT -> cells.add(text(answers[layout.slotOf(q.code())]));
                                case SINGLE -> {
                                    Short position = answers[layout.slotOf(q.code())];
                                    cells.add(
                                            position == null
                                                    ? ""
                                                    : q.options()
                                                            .get(position - 1)
                                                            .code());
                                }
                                case MULTI -> {
                                    for (Option o : q.options()) {
                                        cells.add(text(answers[layout.slotOf(q.code(), o.code())]));
                                    }
                                }
                                case TEXT -> cells.add(texts.getOrDefault(q.code(), ""));
                            }
                        }
                        row.accept(cells);
                    }
                }
                connection.commit();
            } finally {
                connection.setAutoCommit(autoCommit);
            }
        } catch (SQLException | JsonProcessingException e) {
            throw new IllegalStateException("exporting responses of wave " + waveId + " failed", e);
        }
    }

    private static String text(Short value) {
        return value == null ? "" : value.toString();
    }
}
