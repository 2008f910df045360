package org.minutegraph.ingest.index;

/**
 * The embedder was closed (the process is stopping): no more text is embedded. Search answers
 * lexically instead; an ingest fails and leaves the store as it was.
 */
public final class EmbedderClosedException extends EmbeddingException {
    public EmbedderClosedException(String message) {
        super(message, null);
    }
}
