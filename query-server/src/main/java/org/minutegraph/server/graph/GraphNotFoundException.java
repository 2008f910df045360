package org.minutegraph.server.graph;

/** The graph knows nothing of what was asked for; the web layer answers 404 with the message. */
public class GraphNotFoundException extends RuntimeException {
    public GraphNotFoundException(String message) {
        super(message);
    }
}
