package com.lzp.survey.questionnaire;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.lzp.survey.common.FieldError;
import com.lzp.survey.common.SurveyConfig;
import com.lzp.survey.common.SurveyException;
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
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * The questionnaire versions this service knows. Versions come from the configured definition files at start and
 * from uploads (JSON or XLSForm) at any time; each is checked, and stored unless an identical one is. A version a
 * wave uses never changes what it asks or what its answers mean: a changed definition under its number is refused
 * with the advice to number it anew; only its report labels (wording, see {@link ReportLabels}) may be updated.
 * Definitions are cached by version id (a used version never changes), so any instance can serve any version.
 */
@ApplicationScoped
public class QuestionnaireCatalog {

    private final ObjectMapper mapper;
    private final DefinitionReader reader;
    private final SurveyConfig config;
    private final EntityManager em;
    private final Map<Long, Cached> byId = new ConcurrentHashMap<>();

    /**
     * A parsed definition with the checksum and storing time of the text it came from: new report labels keep the
     * checksum but not the time.
     */
    private record Cached(String checksum, Instant loadedAt, QuestionnaireDefinition definition) {

        boolean isOf(QuestionnaireVersion stored) {
            return checksum.equals(stored.checksum) && loadedAt.equals(stored.loadedAt);
        }
    }

    QuestionnaireCatalog(ObjectMapper mapper, SurveyConfig config, EntityManager em) {
        this.mapper = mapper;
        this.reader = new DefinitionReader(mapper);
        this.config = config;
        this.em = em;
    }

    @Transactional
    void loadAtStart(@Observes @Priority(10) StartupEvent event) {
        for (Source source : configuredSources()) {
            try {
                register(source.name(), read(source.json()));
            } catch (SurveyException e) {
                throw new IllegalStateException("questionnaire " + source.name() + ": " + describe(e), e);
            }
        }
    }

    /**
     * The definition of a stored version. The version row is usually in the persistence context already (a wave
     * loads its questionnaire), so that checking the cached copy against its checksum costs no query; a copy that
     * another instance has replaced (possible only while no wave uses it) is read afresh.
     */
    public QuestionnaireDefinition definition(long versionId) {
        QuestionnaireVersion stored = QuestionnaireVersion.<QuestionnaireVersion>findByIdOptional(versionId)
                .orElseThrow(() -> new IllegalStateException("no questionnaire version " + versionId));
        return definitionOf(stored);
    }

    public Optional<QuestionnaireDefinition> definition(String code, int version) {
        return QuestionnaireVersion.findByCodeAndVersion(code, version).map(this::definitionOf);
    }

    /** The highest stored version of a questionnaire. */
    public Optional<QuestionnaireVersion> latest(String code) {
        return QuestionnaireVersion.findLatest(code);
    }

    private QuestionnaireDefinition definitionOf(QuestionnaireVersion stored) {
        Cached cached = byId.get(stored.id);
        return cached != null && cached.isOf(stored) ? cached.definition() : cache(stored);
    }

    private QuestionnaireDefinition cache(QuestionnaireVersion stored) {
        DefinitionReader.Read read = reader.read(stored.definition);
        if (read.definition() == null || !read.problems().isEmpty()) {
            throw new IllegalStateException("stored questionnaire " + stored.code + " v" + stored.version
                    + " cannot be read: " + read.problems());
        }
        byId.put(stored.id, new Cached(stored.checksum, stored.loadedAt, read.definition()));
        return read.definition();
    }

    /**
     * Reads a definition's JSON.
     *
     * @throws SurveyException 422 listing every property that cannot be read and every mistake in what could
     */
    public QuestionnaireDefinition read(String json) {
        DefinitionReader.Read read = reader.read(json);
        List<FieldError> problems = new ArrayList<>(read.problems());
        if (read.definition() != null) {
            problems.addAll(DefinitionCheck.mistakesIn(read.definition()));
        }
        if (!problems.isEmpty()) {
            throw invalid(problems);
        }
        return read.definition();
    }

    /** What storing a definition did. */
    public enum Outcome {
        /** A new version was stored. */
        CREATED,
        /** The same definition was stored already: nothing changed. */
        UNCHANGED,
        /** A different definition under this number, used by no wave yet, was replaced. */
        REPLACED,
        /** Only the report labels differed: the new wording was stored; questions and answers mean what they did. */
        RELABELLED
    }

    /** A stored version and what storing it did. */
    public record Registration(QuestionnaireVersion version, QuestionnaireDefinition definition, Outcome outcome) {}

    /**
     * Stores a definition as a version unless an identical one is stored.
     *
     * @throws SurveyException 422 listing every mistake of the definition; 409 when the version number is taken by
     *     a different definition that a wave already uses. Nothing is stored then.
     */
    @Transactional
    public Registration register(String source, QuestionnaireDefinition definition) {
        List<FieldError> mistakes = DefinitionCheck.mistakesIn(definition);
        if (!mistakes.isEmpty()) {
            throw invalid(mistakes);
        }
        // two uploads of one code and version at once take turns, so that neither fails on the unique key
        em.createNativeQuery("select 1 from pg_advisory_xact_lock(hashtext(?1), ?2)")
                .setParameter(1, "questionnaire:" + definition.code())
                .setParameter(2, definition.version())
                .getSingleResult();
        String canonical = canonicalJson(definition);
        // report labels are wording, not meaning: they stay out of the checksum, and may change on a version in use
        String checksum = sha256(canonicalJson(definition.withoutReportLabels()));
        QuestionnaireVersion stored = QuestionnaireVersion.findByCodeAndVersion(definition.code(), definition.version())
                .orElse(null);
        if (stored != null) {
            // compared as this release reads the stored text: one stored by an older release wrote fewer defaults out
            QuestionnaireDefinition current = definitionOf(stored);
            if (canonicalJson(current).equals(canonical)) {
                return new Registration(stored, definition, Outcome.UNCHANGED);
            }
            if (canonicalJson(current.withoutReportLabels()).equals(canonicalJson(definition.withoutReportLabels()))) {
                Log.infof("questionnaire %s: report labels changed; storing the new wording", definition.label());
                store(stored, definition, canonical, checksum);
                return new Registration(stored, definition, Outcome.RELABELLED);
            }
        }
        Outcome outcome = Outcome.CREATED;
        if (stored != null) {
            List<String> waves = wavesUsing(stored.id);
            if (!waves.isEmpty()) {
                int next = QuestionnaireVersion.findLatest(definition.code())
                                .map(v -> v.version)
                                .orElse(definition.version())
                        + 1;
                throw SurveyException.conflict(
                        "questionnaire-version-in-use",
                        "version",
                        "问卷「" + definition.code() + "」第 " + definition.version() + " 版已被调查批次「"
                                + String.join("」「", waves) + "」使用，内容不能再改（已发出的链接和已收的答卷都按这一版解读）。"
                                + "修改后的问卷请用新的版本号，例如 \"version\": " + next + "。");
            }
            Log.infof(
                    "questionnaire %s (%s) differs from the stored one, which no wave uses: replacing it",
                    definition.label(), source);
            outcome = Outcome.REPLACED;
        } else {
            stored = new QuestionnaireVersion();
            stored.code = definition.code();
            stored.version = definition.version();
        }
        store(stored, definition, canonical, checksum);
        Log.infof(
                "questionnaire %s stored from %s (%d questions)",
                definition.label(), source, definition.questions().size());
        return new Registration(stored, definition, outcome);
    }

    private static void store(
            QuestionnaireVersion stored, QuestionnaireDefinition definition, String canonical, String checksum) {
        stored.title = definition.title();
        stored.definition = canonical;
        stored.checksum = checksum;
        stored.loadedAt = Instant.now();
        stored.persist();
    }

    /** Codes of the waves that use a version, oldest first: such a version never changes. */
    public List<String> wavesUsing(long versionId) {
        @SuppressWarnings("unchecked")
        List<String> codes = em.createNativeQuery(
                        "select code from wave where questionnaire_version_id = ?1 order by created_at, id")
                .setParameter(1, versionId)
                .getResultList();
        return codes;
    }

    static SurveyException invalid(List<FieldError> problems) {
        String detail = problems.size() == 1
                ? "问卷定义有 1 处需要修改：" + problems.get(0).message()
                : "问卷定义有 " + problems.size() + " 处需要修改，见 errors 列表；第一处："
                        + problems.get(0).message();
        return new SurveyException(422, "invalid-questionnaire", "问卷定义未通过检查", detail, problems);
    }

    private static String describe(SurveyException e) {
        return e.getMessage() + " "
                + e.toProblem().errors().stream()
                        .map(f -> (f.field() == null ? "" : f.field() + ": ") + f.message())
                        .collect(Collectors.joining(" | "));
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
            sources.add(new Source(name, readFile(name)));
        }
        config.questionnaireDir().map(Path::of).filter(Files::isDirectory).ifPresent(dir -> {
            try (Stream<Path> files = Files.list(dir)) {
                files.filter(f -> f.toString().endsWith(".json"))
                        .sorted()
                        .forEach(f -> sources.add(new Source(f.toString(), readFile(f.toString()))));
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        });
        return sources;
    }

    private static String readFile(String name) {
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
