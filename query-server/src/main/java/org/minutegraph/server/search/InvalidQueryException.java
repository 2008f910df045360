package org.minutegraph.server.search;

/** A search, who or suggest request that cannot be answered as asked; the message says what to change. */
public class InvalidQueryException extends RuntimeException {
    public InvalidQueryException(String message) {
        super(message);
    }
}
