package org.minutegraph.server.graph;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;

import org.apache.jena.query.Query;
import org.apache.jena.query.QuerySolution;
import org.minutegraph.ingest.store.MinutegraphStore;
import org.minutegraph.ontology.MG;
import org.minutegraph.server.catalog.Entity;
import org.minutegraph.server.catalog.EntityCatalog;
import org.minutegraph.server.catalog.EntityCatalogs;
import org.minutegraph.server.catalog.EntityKind;
import org.minutegraph.server.catalog.EntityName;
import org.minutegraph.server.catalog.NameSource;

/**
 * The graph's share of the entity catalog: every tool, category, topic, series and person with
 * its preferred label, alternative labels, handle and slug, read in one query.
 */
public final class GraphNames {

    private static final Query NAMES = GraphQueries.parse("""
            SELECT ?x ?type ?name ?source ?pref WHERE {
              VALUES ?type { mg:Tool mg:ToolCategory mg:Topic mg:Series foaf:Person }
              ?x a ?type .
              { ?x skos:prefLabel ?name BIND("LABEL" AS ?source) }
              UNION { ?x rdfs:label ?name BIND("LABEL" AS ?source) }
              UNION { ?x foaf:name ?name BIND("LABEL" AS ?source) }
              UNION { ?x skos:altLabel ?name BIND("ALT_LABEL" AS ?source) }
              UNION { ?x skos:hiddenLabel ?name BIND("ALT_LABEL" AS ?source) }
              UNION { ?x mg:handle ?name BIND("HANDLE" AS ?source) }
              UNION { ?x mg:slug ?name BIND("SLUG" AS ?source) }
              OPTIONAL { ?x skos:prefLabel ?p1 } OPTIONAL { ?x rdfs:label ?p2 }
              OPTIONAL { ?x foaf:name ?p3 } OPTIONAL { ?x mg:handle ?p4 }
              BIND(COALESCE(?p1, ?p2, ?p3, ?p4) AS ?pref)
            }""");

    private final GraphQueries queries;

    public GraphNames(MinutegraphStore store, Duration timeout) {
        this(new GraphQueries(store, timeout));
    }

    GraphNames(GraphQueries queries) {
        this.queries = Objects.requireNonNull(queries, "queries");
    }

    /** Every name of the graph's entities, preferred labels first. */
    public List<EntityName> all() {
        List<EntityName> names = new ArrayList<>();
        queries.select(NAMES, Map.of(), row -> {
            Entity e = new Entity(row.getResource("x").getURI(), GraphQueries.str(row, "pref"), kind(row));
            names.add(new EntityName(GraphQueries.str(row, "name"), e, NameSource.valueOf(GraphQueries.str(row, "source"))));
            return null;
        });
        return names;
    }

    /** A catalog of the graph's names alone, rebuilt when the store's generation changes (no passage counts). */
    public EntityCatalogs catalogs() {
        return new EntityCatalogs(queries.store()::generation, () -> EntityCatalog.builder().addAll(all()).build());
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
