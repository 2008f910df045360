package org.minutegraph.server.catalog;

import java.util.Objects;

/** A resource a user can ask about by name: its IRI, its preferred label and what it is. */
public record Entity(String iri, String label, EntityKind kind) {
    public Entity {
        Objects.requireNonNull(iri, "iri");
        Objects.requireNonNull(label, "label");
        Objects.requireNonNull(kind, "kind");
    }
}
