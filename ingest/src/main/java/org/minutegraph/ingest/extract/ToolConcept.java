package org.minutegraph.ingest.extract;

import java.util.List;
import java.util.Objects;
import java.util.Set;

/**
 * One tool of the vocabulary, as the matcher needs it.
 *
 * @param iri the tool's IRI ({@code https://w3id.org/minutegraph/id/tool/harbor})
 * @param prefLabel its preferred label
 * @param altLabels other names it goes by (k8s, CAPI...)
 * @param broader IRIs of the categories it belongs to
 * @param ambiguous true when a label is also a common word (Go, Heat, Matrix): then a mention
 *     counts only with the exact case and a context term nearby
 * @param contextTerms words that show the ambiguous label means the tool, lower case
 */
public record ToolConcept(String iri, String prefLabel, List<String> altLabels, Set<String> broader,
        boolean ambiguous, Set<String> contextTerms) {

    public ToolConcept {
        Objects.requireNonNull(iri, "iri");
        Objects.requireNonNull(prefLabel, "prefLabel");
        if (prefLabel.isBlank()) {
            throw new IllegalArgumentException("tool " + iri + " has a blank prefLabel");
        }
        altLabels = List.copyOf(altLabels);
        broader = Set.copyOf(broader);
        contextTerms = Set.copyOf(contextTerms);
    }

    /** The preferred label followed by the alternative ones. */
    public List<String> labels() {
        return java.util.stream.Stream.concat(java.util.stream.Stream.of(prefLabel), altLabels.stream()).toList();
    }
}
