package org.minutegraph.ingest.index;

/** The passage index could not be opened, read or written; the message says which directory and why. */
public class IndexException extends RuntimeException {
    public IndexException(String message, Throwable cause) {
        super(message, cause);
    }

    public IndexException(String message) {
        super(message);
    }
}
