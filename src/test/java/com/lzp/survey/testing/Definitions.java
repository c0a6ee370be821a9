package com.lzp.survey.testing;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.lzp.survey.questionnaire.QuestionnaireDefinition;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;

/** Questionnaire definitions read from their files, for tests that run without the service. */
public final class Definitions {

    private static final ObjectMapper MAPPER =
            new ObjectMapper().findAndRegisterModules().enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES);

    private Definitions() {}

    /** The built-in questionnaire of the committee study, as the service loads it today (version 2). */
    public static QuestionnaireDefinition builtIn() {
        return read("questionnaires/lzp-cadre-v2.json");
    }

    /** The four-point test questionnaire. */
    public static QuestionnaireDefinition mini() {
        return read("questionnaires/test-mini-v1.json");
    }

    public static QuestionnaireDefinition read(String resource) {
        try (InputStream in = Definitions.class.getClassLoader().getResourceAsStream(resource)) {
            return MAPPER.readValue(in, QuestionnaireDefinition.class);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
