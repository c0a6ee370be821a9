package com.lzp.survey.export;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.lzp.survey.questionnaire.QuestionnaireDefinition;
import com.lzp.survey.testing.Definitions;
import java.io.BufferedOutputStream;
import java.io.OutputStream;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryType;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.ZoneId;
import org.postgresql.ds.PGSimpleDataSource;

/**
 * Streams the benchmark's 200,000-response wave (stored by {@code AnalysisBench}) to a CSV file; {@code bin/bench}
 * runs it with a 128 MB heap, far less than the file, to show nothing holds the whole export. Not a unit test.
 */
public final class ExportBench {

    public static void main(String[] args) throws Exception {
        long waveId = args.length > 0 ? Long.parseLong(args[0]) : 200_000;
        PGSimpleDataSource dataSource = new PGSimpleDataSource();
        dataSource.setUrl(System.getProperty("bench.url", "jdbc:postgresql://127.0.0.1:5432/survey_bench"));
        dataSource.setUser("survey");
        dataSource.setPassword("survey");
        QuestionnaireDefinition definition = Definitions.builtIn();
        ResponseRows rows = new ResponseRows(dataSource, new ObjectMapper());
        Path file = Files.createDirectories(Path.of("target")).resolve("bench-responses.csv");
        long[] count = {0};
        long started = System.nanoTime();
        try (OutputStream out = new BufferedOutputStream(Files.newOutputStream(file));
                Csv csv = new Csv(out)) {
            csv.row(Codebook.of("bench", definition).header());
            rows.forEach(waveId, definition, ZoneId.of("Asia/Shanghai"), row -> {
                csv.row(row);
                count[0]++;
            });
        }
        long millis = (System.nanoTime() - started) / 1_000_000;
        long peak = ManagementFactory.getMemoryPoolMXBeans().stream()
                        .filter(p -> p.getType() == MemoryType.HEAP)
                        .mapToLong(p -> p.getPeakUsage().getUsed())
                        .sum()
                >> 20;
        System.out.printf(
                "export: %d responses, %d MB of CSV in %d ms, max heap %d MB, peak heap %d MB%n",
                count[0], Files.size(file) >> 20, millis, Runtime.getRuntime().maxMemory() >> 20, peak);
        Files.delete(file);
    }
}
