package org.minutegraph.server.graph;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicReference;

import org.apache.jena.query.Query;
import org.apache.jena.query.QuerySolution;
import org.minutegraph.ingest.store.MinutegraphStore;
import org.minutegraph.ontology.MG;
import org.minutegraph.server.catalog.EntityNames;
import org.minutegraph.server.catalog.EntityKind;
import org.minutegraph.server.catalog.Entity;

/**
 * Finds the tool, topic, person, series or category a user means: by IRI, by exact label or
 * alternative label (case and accents ignored), by GitHub handle (with or without '@'), by series
 * slug, and last by a near spelling (up to two edits for words of six letters or more, one for four
 * or five, none for shorter words).
 *
 * <p>The names are read once per store generation and kept in memory.
 */
public final class EntityResolver {

    private static final Query NAMES = GraphQueries.parse("""
            SELECT ?x ?type ?name ?source ?pref WHERE {
              VALUES ?type { mg:Tool mg:ToolCategory mg:Topic mg:Series foaf:Person }
              ?x a ?type .
              { ?x skos:prefLabel ?name BIND("LABEL" AS ?source) }
              UNION { ?x rdfs:label ?name BIND("LABEL" AS ?source) }
              UNION { ?x foaf:name ?name BIND("LABEL" AS ?source) }
              UNION { ?x skos:altLabel ?name BIND("ALT_LABEL" AS ?source) }
              UNION { ?x mg:handle ?name BIND("HANDLE" AS ?source) }
              UNION { ?x mg:slug ?name BIND("SLUG" AS ?source) }
              OPTIONAL { ?x skos:prefLabel ?p1 } OPTIONAL { ?x rdfs:label ?p2 }
              OPTIONAL { ?x foaf:name ?p3 } OPTIONAL { ?x mg:handle ?p4 }
              BIND(COALESCE(?p1, ?p2, ?p3, ?p4) AS ?pref)
            }""");

    private record Loaded(long generation, LabelTable table) {
    }

    private final GraphQueries queries;
    private final AtomicReference<Loaded> loaded = new AtomicReference<>();

    public EntityResolver(MinutegraphStore store) {
        this(store, GraphServices.DEFAULT_TIMEOUT);
    }

    public EntityResolver(MinutegraphStore store, Duration timeout) {
        this(new GraphQueries(store, timeout));
    }

    EntityResolver(GraphQueries queries) {
        this.queries = Objects.requireNonNull(queries, "queries");
    }

    /** The entity the text names, if any. */
    public Optional<Entity> resolve(String text) {
        Objects.requireNonNull(text, "text");
        LabelTable table = table();
        String trimmed = text.strip();
        if (trimmed.startsWith("http://") || trimmed.startsWith("https://")) {
            return table.byIri(trimmed);
        }
        String key = EntityNames.normalise(trimmed);
        if (key.isEmpty()) {
            return Optional.empty();
        }
        return table.exact(key).or(() -> table.fuzzy(key));
    }

    /** The entity the text names, or an {@link EntityNotFoundException} listing near matches. */
    public Entity require(String text) {
        return resolve(text).orElseThrow(() -> new EntityNotFoundException(text, candidates(text, 5)));
    }

    /** Up to {@code limit} entities whose names come close to the text, best first. */
    public List<Entity> candidates(String text, int limit) {
        Objects.requireNonNull(text, "text");
        if (limit < 1) {
            throw new IllegalArgumentException("limit must be at least 1: " + limit);
        }
        return table().candidates(EntityNames.normalise(text.strip()), limit);
    }

    /** The entity with this IRI, if it has a name in the table. */
    Optional<Entity> byIri(String iri) {
        return table().byIri(iri);
    }

    private LabelTable table() {
        long generation = queries.store().generation();
        Loaded current = loaded.get();
        if (current == null || current.generation() != generation) {
            current = new Loaded(generation, load());
            loaded.set(current);
        }
        return current.table();
    }

    private LabelTable load() {
        List<LabelTable.Name> names = new ArrayList<>();
        queries.select(NAMES, java.util.Map.of(), row -> {
            String pref = GraphQueries.str(row, "pref");
            String name = GraphQueries.str(row, "name");
            String key = EntityNames.normalise(name);
            if (!key.isEmpty()) {
                Entity e = new Entity(row.getResource("x").getURI(), pref, kind(row));
                names.add(new LabelTable.Name(key, e, LabelTable.Source.valueOf(GraphQueries.str(row, "source"))));
            }
            return null;
        });
        return new LabelTable(names);
    }

    private static EntityKind kind(QuerySolution row) {
        String type = row.getResource("type").getURI();
        if (type.equals(MG.Tool.getURI())) {
            return EntityKind.TOOL;
        }
        if (type.equals(MG.ToolCategory.getURI())) {
            return EntityKind.CATEGORY;
        }
        if (type.equals(MG.Topic.getURI())) {
            return EntityKind.TOPIC;
        }
        return type.equals(MG.Series.getURI()) ? EntityKind.SERIES : EntityKind.PERSON;
    }
}
