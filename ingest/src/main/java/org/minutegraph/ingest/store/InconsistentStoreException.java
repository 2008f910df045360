package org.minutegraph.ingest.store;

/** The graph and the index of a store are not of the same generation; the message says how to repair it. */
public final class InconsistentStoreException extends StoreException {
    public InconsistentStoreException(String message) {
        super(message);
    }
}
