package org.minutegraph.server.graph;

/** A graph query ran past its timeout and was cancelled; the web layer answers 503. */
public class GraphTimeoutException extends RuntimeException {
    public GraphTimeoutException(String message, Throwable cause) {
        super(message, cause);
    }
}
