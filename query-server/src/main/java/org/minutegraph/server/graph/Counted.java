package org.minutegraph.server.graph;

import java.util.Objects;

/** A resource with how often it occurs in some context (meetings, sections). */
public record Counted(String iri, String label, long count) {
    public Counted {
        Objects.requireNonNull(iri, "iri");
        Objects.requireNonNull(label, "label");
    }
}
