package com.lzp.survey.questionnaire;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.ObjectReader;
import com.lzp.survey.common.SurveyConfig;
import io.quarkus.logging.Log;
import io.quarkus.runtime.StartupEvent;
import jakarta.annotation.Priority;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.Stream;

/**
 * The questionnaire versions this service knows. At start it reads the configured definition files, checks
 * them, and stores each new version; a stored version that already has responses is never overwritten.
 * Definitions are cached by version id (they never change), so any instance can serve any version.
 */
@ApplicationScoped
public class QuestionnaireCatalog {

    private final ObjectMapper mapper;
    private final ObjectReader strictReader;
    private final SurveyConfig config;
    private final EntityManager em;
    private final Map<Long, QuestionnaireDefinition> byId = new ConcurrentHashMap<>();

    QuestionnaireCatalog(ObjectMapper mapper, SurveyConfig config, EntityManager em) {
        this.mapper = mapper;
        this.strictReader =
                mapper.readerFor(QuestionnaireDefinition.class).with(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES);
        this.config = config;
        this.em = em;
    }

    @Transactional
    void loadAtStart(@Observes @Priority(10) StartupEvent event) {
        for (Source source : configuredSources()) {
            register(source.name(), parse(source.name(), source.json()));
        }
    }

    /** The definition of a stored version. */
    public QuestionnaireDefinition definition(long versionId) {
        return byId.computeIfAbsent(versionId, id -> {
            QuestionnaireVersion stored = QuestionnaireVersion.<QuestionnaireVersion>findByIdOptional(id)
                    .orElseThrow(() -> new IllegalStateException("no questionnaire version " + id));
            return parse(stored.code + " v" + stored.version, stored.definition);
        });
    }

    public Optional<QuestionnaireDefinition> definition(String code, int version) {
        return QuestionnaireVersion.findByCodeAndVersion(code, version).map(v -> definition(v.id));
    }

    /** Stores a definition as a version unless an identical one is stored; answers the stored version. */
    @Transactional
    public QuestionnaireVersion register(String source, QuestionnaireDefinition definition) {
        List<String> mistakes = DefinitionCheck.mistakesIn(definition);
        if (!mistakes.isEmpty()) {
            throw new IllegalStateException(
                    "questionnaire " + source + " is not valid: " + String.join("; ", mistakes));
        }
        String canonical = canonicalJson(definition);
        // report labels are wording, not meaning: they stay out of the checksum, so that they may change on a
        // version that already has responses
        String checksum = sha256(canonicalJson(definition.withoutReportLabels()));
        QuestionnaireVersion stored = QuestionnaireVersion.findByCodeAndVersion(definition.code(), definition.version())
                .orElse(null);
        if (stored != null && stored.checksum.equals(checksum)) {
            if (!definition.labels().equals(parse(source, stored.definition).labels())) {
                Log.infof("questionnaire %s: report labels changed; storing the new wording", definition.label());
                stored.definition = canonical;
                byId.remove(stored.id);
            }
            return stored;
        }
        if (stored != null) {
            if (hasResponses(stored.id)) {
                throw new IllegalStateException("questionnaire " + definition.label() + " (" + source
                        + ") differs from the stored version, which already has responses: a version never changes"
                        + " once answered; give the edited file a new version number");
            }
            Log.infof(
                    "questionnaire %s changed before any response; replacing the stored definition",
                    definition.label());
            byId.remove(stored.id);
        } else {
            stored = new QuestionnaireVersion();
            stored.code = definition.code();
            stored.version = definition.version();
        }
        stored.title = definition.title();
        stored.definition = canonical;
        stored.checksum = checksum;
        stored.loadedAt = Instant.now();
        stored.persist();
        Log.infof(
                "questionnaire %s loaded from %s (%d questions)",
                definition.label(), source, definition.questions().size());
        return stored;
    }

    /** Parses a definition file's text, refusing unknown properties so that typos do not pass silently. */
    public QuestionnaireDefinition parse(String source, String json) {
        try {
            return strictReader.readValue(json);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(
                    "questionnaire " + source + " cannot be read: " + e.getOriginalMessage(), e);
        }
    }

    private boolean hasResponses(long versionId) {
        return (Boolean) em.createNativeQuery("select exists (select 1 from response r join wave w on r.wave_id = w.id"
                        + " where w.questionnaire_version_id = ?1)")
                .setParameter(1, versionId)
                .getSingleResult();
    }

    private String canonicalJson(QuestionnaireDefinition definition) {
        try {
            return mapper.writeValueAsString(definition);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    private static String sha256(String text) {
        try {
            return HexFormat.of()
                    .formatHex(MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    private record Source(String name, String json) {}

    private List<Source> configuredSources() {
        List<Source> sources = new ArrayList<>();
        for (String name : config.questionnaireFiles()) {
            sources.add(new Source(name, read(name)));
        }
        config.questionnaireDir().map(Path::of).filter(Files::isDirectory).ifPresent(dir -> {
            try (Stream<Path> files = Files.list(dir)) {
                files.filter(f -> f.toString().endsWith(".json"))
                        .sorted()
                        .forEach(f -> sources.add(new Source(f.toString(), read(f.toString()))));
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        });
        return sources;
    }

    private static String read(String name) {
        try {
            Path file = Path.of(name);
            if (Files.isRegularFile(file)) {
                return Files.readString(file, StandardCharsets.UTF_8);
            }
            try (InputStream in = Thread.currentThread().getContextClassLoader().getResourceAsStream(name)) {
                if (in == null) {
                    throw new IllegalStateException("questionnaire file not found: " + name);
                }
                return new String(in.readAllBytes(), StandardCharsets.UTF_8);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
