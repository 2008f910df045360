package org.minutegraph.ingest.index;

/** The embedding model could not be loaded or failed on a text. */
public class EmbeddingException extends RuntimeException {
    public EmbeddingException(String message, Throwable cause) {
        super(message, cause);
    }
}
