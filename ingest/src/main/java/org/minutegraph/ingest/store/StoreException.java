package org.minutegraph.ingest.store;

/** The store directory cannot be opened or updated; the message says which and what to do. */
public class StoreException extends RuntimeException {
    public StoreException(String message) {
        super(message);
    }

    public StoreException(String message, Throwable cause) {
        super(message, cause);
    }
}
