package org.minutegraph.server.search;

import org.minutegraph.server.catalog.EntityKind;

/** One type-ahead entry: what to show, what kind of entity it is, its IRI and how many passages name it. */
public record Suggestion(String label, EntityKind kind, String iri, int count) {
}
