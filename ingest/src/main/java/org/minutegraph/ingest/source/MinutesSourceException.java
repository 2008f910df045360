package org.minutegraph.ingest.source;

/** The corpus as a whole cannot be read (missing root, not a folder, broken repository). */
public class MinutesSourceException extends RuntimeException {
    public MinutesSourceException(String message) {
        super(message);
    }

    public MinutesSourceException(String message, Throwable cause) {
        super(message, cause);
    }
}
