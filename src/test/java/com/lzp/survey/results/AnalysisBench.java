package com.lzp.survey.results;

import com.lzp.survey.analysis.AnalysisSettings;
import com.lzp.survey.analysis.AttributionSettings;
import com.lzp.survey.analysis.RespondentAnswers;
import com.lzp.survey.analysis.ResponseTable;
import com.lzp.survey.analysis.SurveyData;
import com.lzp.survey.analysis.WaveAnalysis;
import com.lzp.survey.analysis.WaveAnalyzer;
import com.lzp.survey.collection.AnswerEncoder;
import com.lzp.survey.collection.UnitType;
import com.lzp.survey.demo.DemoWave;
import com.lzp.survey.demo.DemoWaveGenerator;
import com.lzp.survey.questionnaire.QuestionnaireDefinition;
import com.lzp.survey.testing.Definitions;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.flywaydb.core.Flyway;
import org.postgresql.ds.PGSimpleDataSource;

/**
 * The analysis benchmark (run by {@code bin/bench}): for waves of 565, 20,000 and 200,000 synthetic responses
 * stored in PostgreSQL, the time to read them, to build the table and to run every statistic (bootstrap of
 * 1,000 draws included), first run and warm median, with the peak heap. Not a unit test: it measures.
 */
public final class AnalysisBench {

    static final int[] SIZES = {565, 20_000, 200_000};
    static final int WARM_RUNS = 5;

    public static void main(String[] args) throws Exception {
        int[] sizes = args.length == 0
                ? SIZES
                : Arrays.stream(args).mapToInt(Integer::parseInt).toArray();
        PGSimpleDataSource dataSource = new PGSimpleDataSource();
        dataSource.setUrl(System.getProperty("bench.url", "jdbc:postgresql://127.0.0.1:5432/survey_bench"));
        dataSource.setUser(System.getProperty("bench.user", "survey"));
        dataSource.setPassword(System.getProperty("bench.password", "survey"));
        dataSource.setReWriteBatchedInserts(true);
        Flyway.configure()
                .dataSource(dataSource)
                .locations("classpath:db/migration")
                .load()
                .migrate();
        QuestionnaireDefinition definition = Definitions.builtIn();
        long versionId = questionnaire(dataSource, definition);

        WaveDataReader reader = new WaveDataReader(dataSource);
        AnalysisSettings settings = new AnalysisSettings(5, new AttributionSettings(1000, 20241123, 0.95));
        List<String> unitTypes =
                Arrays.stream(UnitType.values()).map(UnitType::label).toList();
        System.out.printf(
                "%-9s %-6s %9s %9s %9s %9s %11s%n",
                "responses", "run", "read ms", "table ms", "stats ms", "total ms", "peak heap");
        for (int size : sizes) {
            long waveId = wave(dataSource, definition, versionId, size);
            List<long[]> warm = new ArrayList<>();
            for (int run = 0; run <= WARM_RUNS + 1; run++) {
                resetPeaks();
                long t0 = System.nanoTime();
                List<RespondentAnswers> rows = reader.read(WaveDataReader.Selection.wholeWave(waveId));
                long t1 = System.nanoTime();
                var table = ResponseTable.build(definition, rows);
                long t2 = System.nanoTime();
                WaveAnalysis analysis =
                        WaveAnalyzer.analyze(new SurveyData(definition, table, List.of(), unitTypes), settings);
                long t3 = System.nanoTime();
                if (analysis.responses() != size) {
                    throw new IllegalStateException("analysed " + analysis.responses() + " of " + size);
                }
                long[] times = {
                    (t1 - t0) / 1_000_000,
                    (t2 - t1) / 1_000_000,
                    (t3 - t2) / 1_000_000,
                    (t3 - t0) / 1_000_000,
                    peakHeapMb()
                };
                if (run == 0) {
                    print(size, "first", times);
                } else if (run > 1) {
                    warm.add(times);
                }
            }
            long[] median = new long[5];
            for (int i = 0; i < median.length; i++) {
                int column = i;
                median[i] = warm.stream().mapToLong(t -> t[column]).sorted().toArray()[warm.size() / 2];
            }
            print(size, "warm", median);
        }
        System.out.printf(
                "max heap %d MB, %d cores, %s %s%n",
                Runtime.getRuntime().maxMemory() >> 20,
                Runtime.getRuntime().availableProcessors(),
                System.getProperty("java.vm.name"),
                System.getProperty("java.version"));
    }

    static void print(int size, String run, long[] t) {
        System.out.printf("%-9d %-6s %9d %9d %9d %9d %8d MB%n", size, run, t[0], t[1], t[2], t[3], t[4]);
    }

    static long questionnaire(PGSimpleDataSource ds, QuestionnaireDefinition definition) throws SQLException {
        try (Connection c = ds.getConnection();
                Statement s = c.createStatement()) {
            ResultSet existing = s.executeQuery("select id from questionnaire_version where code = 'lzp-cadre'");
            if (existing.next()) {
                return existing.getLong(1);
            }
            s.executeUpdate("insert into questionnaire_version (id, code, version, title, definition, checksum,"
                    + " loaded_at) values (1, 'lzp-cadre', 1, 'bench', '{}'::jsonb, 'bench', now())");
            return 1;
        }
    }

    /** The wave of this size, made on first use: 73 units, responses inserted in batches. */
    static long wave(PGSimpleDataSource ds, QuestionnaireDefinition definition, long versionId, int size)
            throws SQLException {
        String code = "bench-" + size;
        try (Connection c = ds.getConnection()) {
            try (PreparedStatement find = c.prepareStatement("select w.id, count(r.id) from wave w"
                    + " left join response r on r.wave_id = w.id where w.code = ? group by w.id")) {
                find.setString(1, code);
                ResultSet rs = find.executeQuery();
                if (rs.next() && rs.getLong(2) == size) {
                    return rs.getLong(1);
                }
            }
            System.out.printf("(storing %d synthetic responses for the benchmark…)%n", size);
            c.setAutoCommit(false);
            long waveId = size;
            DemoWave demo = DemoWaveGenerator.generate(definition, size, size);
            try (Statement s = c.createStatement()) {
                s.executeUpdate("delete from response where wave_id = " + waveId);
                s.executeUpdate("delete from invitation where wave_id = " + waveId);
                s.executeUpdate("delete from wave where id = " + waveId);
                s.executeUpdate("insert into wave (id, code, title, questionnaire_version_id, status, demo, created_at)"
                        + " values (" + waveId + ", '" + code + "', 'bench', " + versionId + ", 'OPEN', true, now())");
            }
            Map<String, Long> invitations = new HashMap<>();
            for (DemoWave.DemoUnit unit : demo.units()) {
                long unitId;
                try (PreparedStatement upsert = c.prepareStatement("insert into unit (id, code, name, type,"
                        + " expected_cadres) values (nextval('unit_seq'), ?, ?, ?, ?) on conflict (code) do update"
                        + " set expected_cadres = excluded.expected_cadres returning id")) {
                    upsert.setString(1, "B" + unit.code());
                    upsert.setString(2, unit.name());
                    upsert.setString(3, unit.type().name());
                    upsert.setInt(4, unit.expectedCadres());
                    ResultSet rs = upsert.executeQuery();
                    rs.next();
                    unitId = rs.getLong(1);
                }
                try (PreparedStatement invite = c.prepareStatement("insert into invitation (id, token, wave_id,"
                        + " unit_id, created_at) values (nextval('invitation_seq'), ?, ?, ?, now()) returning id")) {
                    invite.setString(1, UUID.randomUUID().toString());
                    invite.setLong(2, waveId);
                    invite.setLong(3, unitId);
                    ResultSet rs = invite.executeQuery();
                    rs.next();
                    invitations.put(unit.code(), rs.getLong(1) * 1_000_000 + unitId);
                }
            }
            try (PreparedStatement insert = c.prepareStatement(
                    "insert into response (submission_id, wave_id,"
                            + " unit_id, invitation_id, answers, fingerprint, submitted_at) values (?, ?, ?, ?, ?, 'bench', ?)")) {
                int batch = 0;
                for (DemoWave.DemoResponse response : demo.responses()) {
                    long key = invitations.get(response.unit());
                    insert.setObject(1, UUID.randomUUID());
                    insert.setLong(2, waveId);
                    insert.setLong(3, key % 1_000_000);
                    insert.setLong(4, key / 1_000_000);
                    insert.setArray(
                            5,
                            c.createArrayOf(
                                    "smallint",
                                    AnswerEncoder.encode(definition, response.answers())
                                            .answers()));
                    insert.setObject(6, OffsetDateTime.ofInstant(Instant.now(), ZoneOffset.UTC));
                    insert.addBatch();
                    if (++batch % 5_000 == 0) {
                        insert.executeBatch();
                    }
                }
                insert.executeBatch();
            }
            c.commit();
            try (Statement s = c.createStatement()) {
                s.execute("analyze response");
            }
            return waveId;
        }
    }

    static void resetPeaks() {
        System.gc();
        ManagementFactory.getMemoryPoolMXBeans().forEach(MemoryPoolMXBean::resetPeakUsage);
    }

    static long peakHeapMb() {
        return ManagementFactory.getMemoryPoolMXBeans().stream()
                        .filter(p -> p.getType() == MemoryType.HEAP)
                        .mapToLong(p -> p.getPeakUsage().getUsed())
                        .sum()
                >> 20;
    }
}
