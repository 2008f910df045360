package org.minutegraph.ingest.index;

import java.nio.file.Path;
import java.util.Objects;
import java.util.regex.Pattern;

/**
 * How the passage index is written.
 *
 * @param embeddings whether passages get a MiniLM vector (hybrid search); off means lexical only
 * @param embeddingThreads worker threads for embedding (each runs ONNX at one intra-op thread)
 * @param embeddingCache directory of the embedding cache (SHA-256 of text → vector), kept across
 *     runs; {@code null} puts it next to the index as {@code embeddings/}
 * @param batchSize passages buffered before they are embedded and written
 * @param participantHeading headings of the participant list: not a passage (its people are
 *     participants of the meeting)
 */
public record IndexConfig(boolean embeddings, int embeddingThreads, Path embeddingCache, int batchSize, Pattern participantHeading) {

    /** Headings such as "Participants (github handles preferred)", ":family: Attendees", "Present". */
    public static final Pattern DEFAULT_PARTICIPANT_HEADING = Pattern.compile(
            "^\\s*(:[a-z_]+:\\s*)?(participants?|attendees|attendance|present|teilnehmer(innen)?)\\b.*",
            Pattern.CASE_INSENSITIVE);

    public IndexConfig {
        Objects.requireNonNull(participantHeading, "participantHeading");
        if (embeddingThreads < 1) {
            throw new IllegalArgumentException("embeddingThreads must be >= 1: " + embeddingThreads);
        }
        if (batchSize < 1) {
            throw new IllegalArgumentException("batchSize must be >= 1: " + batchSize);
        }
    }

    /** Embeddings on, two threads, cache next to the index. */
    public static IndexConfig defaults() {
        return new IndexConfig(true, 2, null, 512, DEFAULT_PARTICIPANT_HEADING);
    }

    /** Lexical only: no model is loaded, no vectors are written. */
    public static IndexConfig lexicalOnly() {
        return defaults().withEmbeddings(false);
    }

    public IndexConfig withEmbeddings(boolean on) {
        return new IndexConfig(on, embeddingThreads, embeddingCache, batchSize, participantHeading);
    }

    public IndexConfig withEmbeddingCache(Path dir) {
        return new IndexConfig(embeddings, embeddingThreads, dir, batchSize, participantHeading);
    }

    /** The cache directory for an index at {@code indexDir}. */
    public Path embeddingCacheFor(Path indexDir) {
        return embeddingCache != null ? embeddingCache : indexDir.toAbsolutePath().resolveSibling("embeddings");
    }
}
