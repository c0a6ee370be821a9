package com.lzp.survey.testing;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.UUID;
import java.util.function.Consumer;

/**
 * A questionnaire definition file as JSON to upload, under a code no other test uses, so that uploads of different
 * tests never meet.
 */
public final class DefinitionJson {

    private static final ObjectMapper MAPPER = new ObjectMapper();

    private final ObjectNode tree;

    private DefinitionJson(ObjectNode tree) {
        this.tree = tree;
    }

    /** The six-point test questionnaire with reverse-keyed items, under a fresh code. */
    public static DefinitionJson sixPoint() {
        return of("questionnaires/test-six-point-v1.json")
                .code("six-" + UUID.randomUUID().toString().substring(0, 8));
    }

    public static DefinitionJson of(String resource) {
        try (InputStream in = DefinitionJson.class.getClassLoader().getResourceAsStream(resource)) {
            return new DefinitionJson((ObjectNode) MAPPER.readTree(in));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** A copy to change without changing this one. */
    public DefinitionJson copy() {
        return new DefinitionJson(tree.deepCopy());
    }

    public DefinitionJson code(String code) {
        tree.put("code", code);
        return this;
    }

    public DefinitionJson version(int version) {
        tree.put("version", version);
        return this;
    }

    /** Changes the definition in place (the tree is Jackson's). */
    public DefinitionJson with(Consumer<ObjectNode> change) {
        change.accept(tree);
        return this;
    }

    public String code() {
        return tree.get("code").asText();
    }

    public int version() {
        return tree.get("version").asInt();
    }

    public ObjectNode tree() {
        return tree;
    }

    public String json() {
        try {
            return MAPPER.writerWithDefaultPrettyPrinter().writeValueAsString(tree);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
