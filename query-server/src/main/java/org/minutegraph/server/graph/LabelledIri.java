package org.minutegraph.server.graph;

import java.util.Objects;

/** An IRI with the label to show for it (a tool, a topic, a referenced issue). */
public record LabelledIri(String iri, String label) {
    public LabelledIri {
        Objects.requireNonNull(iri, "iri");
        Objects.requireNonNull(label, "label");
    }
}
