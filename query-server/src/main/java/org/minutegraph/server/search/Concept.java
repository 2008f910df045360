package org.minutegraph.server.search;

import java.util.List;
import java.util.Objects;

/**
 * A SKOS concept of the vocabulary: a tool, a tool category or another concept, with every label
 * it may be written as.
 *
 * @param narrower for a category, the tools filed under it
 * @param definition the skos:definition, or empty
 * @param related the concepts it is skos:related to (for a category: the categories a query about it
 *     also means, as "identity provider" means the login standards OIDC and SAML)
 */
public record Concept(String iri, Kind kind, String label, List<String> altLabels, List<String> broader, List<String> narrower,
        String definition, List<String> related) {

    /** What the concept is; decides how its passages are found. */
    public enum Kind { TOOL, CATEGORY, CONCEPT }

    public Concept {
        Objects.requireNonNull(iri, "iri");
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(label, "label");
        altLabels = List.copyOf(altLabels);
        broader = List.copyOf(broader);
        narrower = List.copyOf(narrower);
        definition = definition == null ? "" : definition.strip();
        related = List.copyOf(related);
    }

    public Concept(String iri, Kind kind, String label, List<String> altLabels, List<String> broader, List<String> narrower,
            String definition) {
        this(iri, kind, label, altLabels, broader, narrower, definition, List.of());
    }

    public Concept(String iri, Kind kind, String label, List<String> altLabels, List<String> broader, List<String> narrower) {
        this(iri, kind, label, altLabels, broader, narrower, "");
    }

    /** The preferred label first, then the alternatives. */
    public List<String> allLabels() {
        List<String> all = new java.util.ArrayList<>();
        all.add(label);
        altLabels.stream().filter(a -> !a.equalsIgnoreCase(label)).forEach(all::add);
        return all;
    }
}
