package org.minutegraph.server.graph;

import java.util.List;
import java.util.Objects;

import com.fasterxml.jackson.annotation.JsonInclude;
import org.minutegraph.server.catalog.EntityKind;

/**
 * What the graph says about one resource: its types, its properties (outgoing triples grouped by
 * predicate) and who points at it (incoming triples grouped by predicate, a capped list of subjects
 * with the total count).
 */
public record EntityDescription(String iri, String label, EntityKind kind, List<String> types,
                                List<PropertyValues> properties, List<IncomingLinks> incoming) {

    public EntityDescription {
        Objects.requireNonNull(iri, "iri");
        Objects.requireNonNull(label, "label");
        Objects.requireNonNull(kind, "kind");
        types = List.copyOf(types);
        properties = List.copyOf(properties);
        incoming = List.copyOf(incoming);
    }

    public record PropertyValues(String predicate, String predicateLabel, List<Value> values) {
        public PropertyValues {
            Objects.requireNonNull(predicate, "predicate");
            Objects.requireNonNull(predicateLabel, "predicateLabel");
            values = List.copyOf(values);
        }
    }

    /** Either an IRI (with its label) or a literal (with datatype or language when it has one). */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record Value(String iri, String literal, String datatype, String language, String label) {
        public Value {
            if ((iri == null) == (literal == null)) {
                throw new IllegalArgumentException("a value is an IRI or a literal, not both or neither");
            }
        }
    }

    /** @param total how many subjects point here with this predicate; {@code subjects} holds at most the cap */
    public record IncomingLinks(String predicate, String predicateLabel, long total, List<LabelledIri> subjects) {
        public IncomingLinks {
            Objects.requireNonNull(predicate, "predicate");
            Objects.requireNonNull(predicateLabel, "predicateLabel");
            subjects = List.copyOf(subjects);
        }
    }
}
