package org.minutegraph.server.graph;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Objects;

import org.apache.jena.query.Query;
import org.apache.jena.query.QuerySolution;
import org.apache.jena.rdf.model.RDFNode;
import org.apache.jena.rdf.model.ResourceFactory;
import org.minutegraph.ingest.store.MinutegraphStore;
import org.minutegraph.server.catalog.EntityKind;
import org.minutegraph.server.catalog.Entity;
import org.minutegraph.server.catalog.EntityCatalog;
import org.minutegraph.server.catalog.EntityCatalogs;
import org.minutegraph.server.catalog.EntityNotFoundException;

/** Counts and top lists for a person's or a series' page. */
public final class SummaryService {

    private static final int TOP = 10;

    private static final String PERSON_SECTIONS = "{ ?s mg:mentions ?e } UNION { ?s mg:sponsor ?e } UNION { ?a0 mg:owner ?e ; mg:inSection ?s }";

    private static final Query PERSON_NAME = GraphQueries.parse(
            "SELECT ?h ?n WHERE { OPTIONAL { ?e mg:handle ?h } OPTIONAL { ?e foaf:name ?n } }");
    private static final Query PERSON_COUNTS = GraphQueries.parse("""
            SELECT * WHERE {
              { SELECT (COUNT(DISTINCT ?m) AS ?attended) WHERE { ?m mg:participant ?e } }
              { SELECT (COUNT(DISTINCT ?m) AS ?taken) WHERE { ?m mg:minuteTaker ?e } }
              { SELECT (COUNT(DISTINCT ?s) AS ?mentions) WHERE { { ?s mg:mentions ?e } UNION { ?s mg:sponsor ?e } } }
              { SELECT (MIN(?d) AS ?first) (MAX(?d) AS ?last) WHERE {
                  { ?m mg:participant ?e } UNION { ?m mg:minuteTaker ?e }
                  UNION { ?s mg:mentions ?e ; mg:inMeeting ?m } UNION { ?s mg:sponsor ?e ; mg:inMeeting ?m }
                  UNION { ?a mg:owner ?e ; mg:inMeeting ?m }
                  ?m dcterms:date ?d } }
            }""");
    private static final Query PERSON_ACTIONS = actions("?a mg:owner ?e .");
    private static final Query PERSON_SERIES = GraphQueries.parse("""
            SELECT ?x (SAMPLE(?l) AS ?label) (COUNT(DISTINCT ?m) AS ?n) WHERE {
              { ?m mg:participant ?e } UNION { ?m mg:minuteTaker ?e }
              ?m mg:series ?x . OPTIONAL { ?x rdfs:label ?l }
            } GROUP BY ?x ORDER BY DESC(?n) ?x""");
    private static final Query PERSON_TOOLS = top("SELECT ?x (SAMPLE(?l) AS ?label) (COUNT(DISTINCT ?s) AS ?n) WHERE { "
            + PERSON_SECTIONS + " ?s mg:mentions ?x . ?x a mg:Tool . OPTIONAL { ?x skos:prefLabel ?l } }");
    private static final Query PERSON_TOPICS = top("SELECT ?x (SAMPLE(?l) AS ?label) (COUNT(DISTINCT ?s) AS ?n) WHERE { "
            + PERSON_SECTIONS + " ?s mg:topic ?x . OPTIONAL { ?x skos:prefLabel ?l } }");

    private static final Query SERIES_INFO = GraphQueries.parse("""
            SELECT ?slug ?label ?meetings ?first ?last ?decisions WHERE {
              OPTIONAL { ?e mg:slug ?slug } OPTIONAL { ?e rdfs:label ?label }
              { SELECT (COUNT(?m) AS ?meetings) (MIN(?d) AS ?first) (MAX(?d) AS ?last) WHERE { ?m mg:series ?e ; dcterms:date ?d } }
              { SELECT (COUNT(?dec) AS ?decisions) WHERE { ?dec a mg:Decision ; mg:inMeeting ?m . ?m mg:series ?e } }
            }""");
    private static final Query SERIES_ACTIONS = actions("?a mg:inMeeting ?m . ?m mg:series ?e .");
    private static final Query SERIES_TOOLS = top("SELECT ?x (SAMPLE(?l) AS ?label) (COUNT(DISTINCT ?m) AS ?n) WHERE { "
            + "?m mg:series ?e . ?s mg:inMeeting ?m ; mg:mentions ?x . ?x a mg:Tool . OPTIONAL { ?x skos:prefLabel ?l } }");
    private static final Query SERIES_TOPICS = top("SELECT ?x (SAMPLE(?l) AS ?label) (COUNT(DISTINCT ?m) AS ?n) WHERE { "
            + "?m mg:series ?e . ?s mg:inMeeting ?m ; mg:topic ?x . OPTIONAL { ?x skos:prefLabel ?l } }");
    private static final Query SERIES_PEOPLE = top("SELECT ?x (SAMPLE(COALESCE(?nm, ?h)) AS ?label) (COUNT(DISTINCT ?m) AS ?n) WHERE { "
            + "?m mg:series ?e ; mg:participant ?x . OPTIONAL { ?x foaf:name ?nm } OPTIONAL { ?x mg:handle ?h } }");
    private static final Query SERIES_RECENT = GraphQueries.parse("""
            SELECT ?m ?title ?d ?path WHERE { ?m mg:series ?e ; dcterms:title ?title ; dcterms:date ?d ; mg:sourcePath ?path }
            ORDER BY DESC(?d) ?path LIMIT""" + " " + TOP);

    private final EntityCatalogs catalogs;
    private final GraphQueries queries;

    public SummaryService(MinutegraphStore store, EntityCatalogs catalogs) {
        this(store, catalogs, GraphServices.DEFAULT_TIMEOUT);
    }

    public SummaryService(MinutegraphStore store, EntityCatalogs catalogs, Duration timeout) {
        this(catalogs, new GraphQueries(store, timeout));
    }

    SummaryService(EntityCatalogs catalogs, GraphQueries queries) {
        this.catalogs = Objects.requireNonNull(catalogs, "catalogs");
        this.queries = Objects.requireNonNull(queries, "queries");
    }

    private static Query actions(String pattern) {
        return GraphQueries.parse("SELECT ?status (COUNT(DISTINCT ?a) AS ?n) WHERE { " + pattern
                + " ?a a mg:ActionItem . OPTIONAL { ?a mg:status ?st } BIND(COALESCE(?st, \"unknown\") AS ?status) } GROUP BY ?status");
    }

    private static Query top(String select) {
        return GraphQueries.parse(select + " GROUP BY ?x ORDER BY DESC(?n) ?x LIMIT " + TOP);
    }

    /**
     * @param person a handle ("@jschoone"), name or person IRI
     * @throws EntityNotFoundException when it names no one
     */
    public PersonSummary person(String person) {
        Entity e = require(person, EntityKind.PERSON);
        Map<String, RDFNode> bind = Map.of("e", ResourceFactory.createResource(e.iri()));
        return queries.read(() -> {
            QuerySolution name = queries.select(PERSON_NAME, bind, r -> r).get(0);
            QuerySolution c = queries.select(PERSON_COUNTS, bind, r -> r).get(0);
            return new PersonSummary(new PersonView(e.iri(), GraphQueries.str(name, "h"), GraphQueries.str(name, "n")),
                    GraphQueries.count(c, "attended"), GraphQueries.count(c, "taken"), GraphQueries.count(c, "mentions"),
                    GraphQueries.str(c, "first"), GraphQueries.str(c, "last"), actionCounts(PERSON_ACTIONS, bind),
                    counted(PERSON_SERIES, bind), counted(PERSON_TOOLS, bind), counted(PERSON_TOPICS, bind));
        });
    }

    /**
     * @param series a slug ("container"), label ("Team Container") or series IRI
     * @throws EntityNotFoundException when it names no series
     */
    public SeriesSummary series(String series) {
        Entity e = require(series, EntityKind.SERIES);
        Map<String, RDFNode> bind = Map.of("e", ResourceFactory.createResource(e.iri()));
        return queries.read(() -> {
            QuerySolution i = queries.select(SERIES_INFO, bind, r -> r).get(0);
            String slug = GraphQueries.str(i, "slug");
            slug = slug != null ? slug : FallbackLabels.of(e.iri(), queries.iris());
            String label = GraphQueries.str(i, "label");
            List<MeetingRef> recent = queries.select(SERIES_RECENT, bind, r -> new MeetingRef(r.getResource("m").getURI(),
                    GraphQueries.str(r, "title"), GraphQueries.str(r, "d"), GraphQueries.str(r, "path")));
            return new SeriesSummary(new MeetingDetails.SeriesView(e.iri(), slug, label != null ? label : slug),
                    GraphQueries.count(i, "meetings"), GraphQueries.str(i, "first"), GraphQueries.str(i, "last"),
                    GraphQueries.count(i, "decisions"), actionCounts(SERIES_ACTIONS, bind),
                    counted(SERIES_TOOLS, bind), counted(SERIES_TOPICS, bind), counted(SERIES_PEOPLE, bind), recent);
        });
    }

    private Entity require(String text, EntityKind kind) {
        Objects.requireNonNull(text, "text");
        EntityCatalog catalog = catalogs.current();
        Entity e = catalog.require(text);
        if (e.kind() != kind) {
            throw new EntityNotFoundException(text, catalog.candidates(text, 10).stream().filter(c -> c.kind() == kind).limit(5).toList());
        }
        return e;
    }

    private ActionCounts actionCounts(Query query, Map<String, RDFNode> bind) {
        long[] c = new long[3];
        queries.select(query, bind, r -> {
            int slot = switch (GraphQueries.str(r, "status")) {
                case "open" -> 0;
                case "done" -> 1;
                default -> 2;
            };
            c[slot] += GraphQueries.count(r, "n");
            return null;
        });
        return new ActionCounts(c[0], c[1], c[2]);
    }

    private List<Counted> counted(Query query, Map<String, RDFNode> bind) {
        return queries.select(query, bind, r -> {
            String iri = r.getResource("x").getURI();
            return new Counted(iri, FallbackLabels.orElse(GraphQueries.str(r, "label"), iri, queries.iris()), GraphQueries.count(r, "n"));
        });
    }
}
