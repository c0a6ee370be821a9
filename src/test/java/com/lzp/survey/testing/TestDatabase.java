package com.lzp.survey.testing;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.common.QuarkusTestResourceLifecycleManager;
import java.security.SecureRandom;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Gives every start of the service under test a database of its own, so that two test runs on one machine (CI and a
 * developer, or two checkouts) never share tables: {@code survey_test_<epoch seconds>_<random>} on the local
 * PostgreSQL that {@code bin/ensure-postgres} provides, created empty and dropped when the service stops. Databases
 * left behind by a run that was killed are dropped once they are a day old.
 *
 * <p>With {@code SURVEY_TEST_DB_URL} set, that database is used as it is (Flyway cleans it at start).
 */
@QuarkusTestResource(TestDatabase.class)
public class TestDatabase implements QuarkusTestResourceLifecycleManager {

    private static final String PREFIX = "survey_test_";
    private static final Duration LEFT_BEHIND = Duration.ofDays(1);
    private static final SecureRandom RANDOM = new SecureRandom();

    private String created;

    @Override
    public Map<String, String> start() {
        Optional<String> given = env("SURVEY_TEST_DB_URL");
        if (given.isPresent()) {
            return Map.of("quarkus.datasource.jdbc.url", given.get());
        }
        byte[] random = new byte[4];
        RANDOM.nextBytes(random);
        String name =
                PREFIX + Instant.now().getEpochSecond() + "_" + HexFormat.of().formatHex(random);
        try (Connection admin = maintenanceConnection();
                Statement statement = admin.createStatement()) {
            dropLeftBehind(admin);
            statement.execute("create database " + name + " encoding 'UTF8' template template0");
        } catch (SQLException e) {
            throw new IllegalStateException(
                    "could not create the test database " + name + " on " + host()
                            + ": run bin/ensure-postgres (it lets the role create databases), or set SURVEY_TEST_DB_URL",
                    e);
        }
        created = name;
        return Map.of("quarkus.datasource.jdbc.url", "jdbc:postgresql://" + host() + "/" + name);
    }

    @Override
    public void stop() {
        if (created == null) {
            return;
        }
        try (Connection admin = maintenanceConnection();
                Statement statement = admin.createStatement()) {
            statement.execute("drop database if exists " + created + " with (force)");
        } catch (SQLException e) {
            // left behind: the next run drops it once it is old enough
        }
        created = null;
    }

    private static void dropLeftBehind(Connection admin) throws SQLException {
        List<String> old = new ArrayList<>();
        try (PreparedStatement select = admin.prepareStatement(
                        "select datname from pg_database where datname like 'survey\\_test\\_%'");
                ResultSet rows = select.executeQuery()) {
            long cutoff = Instant.now().minus(LEFT_BEHIND).getEpochSecond();
            while (rows.next()) {
                String[] parts = rows.getString(1).substring(PREFIX.length()).split("_");
                if (parts.length == 2 && parts[0].matches("\\d{1,12}") && Long.parseLong(parts[0]) < cutoff) {
                    old.add(rows.getString(1));
                }
            }
        }
        for (String name : old) {
            try (Statement drop = admin.createStatement()) {
                drop.execute("drop database if exists " + name + " with (force)");
            }
        }
    }

    private static Connection maintenanceConnection() throws SQLException {
        return DriverManager.getConnection(
                "jdbc:postgresql://" + host() + "/postgres",
                env("SURVEY_DB_USER").orElse("survey"),
                env("SURVEY_DB_PASSWORD").orElse("survey"));
    }

    private static String host() {
        return env("SURVEY_TEST_DB_HOST").orElse("127.0.0.1:5432");
    }

    private static Optional<String> env(String name) {
        return Optional.ofNullable(System.getenv(name)).filter(v -> !v.isBlank());
    }
}
