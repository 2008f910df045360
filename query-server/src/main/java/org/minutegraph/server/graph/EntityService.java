package org.minutegraph.server.graph;

import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

import org.apache.jena.query.Query;
import org.apache.jena.query.QuerySolution;
import org.apache.jena.rdf.model.Literal;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.RDFNode;
import org.apache.jena.rdf.model.ResourceFactory;
import org.apache.jena.shared.PrefixMapping;
import org.apache.jena.vocabulary.RDF;
import org.minutegraph.ingest.store.MinutegraphStore;
import org.minutegraph.ontology.MG;
import org.minutegraph.server.graph.EntityDescription.IncomingLinks;
import org.minutegraph.server.graph.EntityDescription.PropertyValues;
import org.minutegraph.server.graph.EntityDescription.Value;
import org.minutegraph.server.catalog.EntityKind;

/**
 * Describes any resource: as a record for JSON and HTML pages ({@link #describe}), and as an RDF
 * model for Turtle and JSON-LD ({@link #describeModel}): its own triples, the labels of what they
 * point to, and the triples that point at it, capped.
 */
public final class EntityService {

    /** How many subjects per incoming predicate {@link #describe(String)} lists. */
    public static final int DEFAULT_INCOMING_CAP = 20;
    /** How many incoming triples {@link #describeModel} copies. */
    public static final int MODEL_INCOMING_CAP = 200;

    private static final Query OUTGOING = GraphQueries.parse("""
            SELECT ?p ?o ?p_label ?o_label WHERE {
              ?s ?p ?o .
              OPTIONAL { ?p rdfs:label ?p_label }
            """ + GraphQueries.label("o") + "}");

    private static final Query INCOMING_COUNTS = GraphQueries.parse("""
            SELECT ?p (COUNT(DISTINCT ?x) AS ?n) (SAMPLE(?pl) AS ?p_label) WHERE {
              ?x ?p ?s . OPTIONAL { ?p rdfs:label ?pl }
            } GROUP BY ?p ORDER BY DESC(?n) ?p""");

    /** Parsed per call with the cap (an int, so nothing of the caller's text enters the query). */
    private static final String INCOMING_SUBJECTS = ("""
            SELECT ?x (SAMPLE(?x_label) AS ?label) (SAMPLE(?src) AS ?path) WHERE {
              ?x ?p ?s . OPTIONAL { ?x mg:sourcePath ?src }
            """ + GraphQueries.label("x") + "} GROUP BY ?x ORDER BY ?x LIMIT %d");

    private static final String LABEL_PREDICATES = "VALUES ?lp { skos:prefLabel rdfs:label dcterms:title foaf:name mg:handle mg:heading mg:sourcePath }";

    private static final Query MODEL_OUT = GraphQueries.parse("CONSTRUCT { ?s ?p ?o . ?o ?lp ?ol } WHERE { ?s ?p ?o OPTIONAL { "
            + LABEL_PREDICATES + " ?o ?lp ?ol FILTER(!isLiteral(?o)) } }");

    private static final Query MODEL_IN = GraphQueries.parse("CONSTRUCT { ?x ?p ?s . ?x ?lp ?xl } WHERE { { SELECT ?x ?p WHERE { ?x ?p ?s } ORDER BY ?x LIMIT "
            + MODEL_INCOMING_CAP + " } OPTIONAL { " + LABEL_PREDICATES + " ?x ?lp ?xl } }");

    /** Predicates that name a resource, best first. */
    private static final List<String> LABELS = List.of("http://www.w3.org/2004/02/skos/core#prefLabel",
            "http://www.w3.org/2000/01/rdf-schema#label", "http://purl.org/dc/terms/title", "http://xmlns.com/foaf/0.1/name",
            MG.handle.getURI(), MG.heading.getURI(), MG.text.getURI());

    private final GraphQueries queries;
    private final PrefixMapping prefixes;

    public EntityService(MinutegraphStore store) {
        this(store, GraphServices.DEFAULT_TIMEOUT);
    }

    public EntityService(MinutegraphStore store, Duration timeout) {
        this(new GraphQueries(store, timeout));
    }

    EntityService(GraphQueries queries) {
        this.queries = Objects.requireNonNull(queries, "queries");
        this.prefixes = PrefixMapping.Factory.create().setNsPrefixes(PrefixMapping.Standard)
                .setNsPrefix("mg", MG.NS).setNsPrefix("skos", "http://www.w3.org/2004/02/skos/core#")
                .setNsPrefix("dcterms", "http://purl.org/dc/terms/").setNsPrefix("foaf", "http://xmlns.com/foaf/0.1/")
                .setNsPrefix("schema", "https://schema.org/").lock();
    }

    /** Describes the resource, listing up to {@value #DEFAULT_INCOMING_CAP} subjects per incoming predicate. */
    public EntityDescription describe(String iri) {
        return describe(iri, DEFAULT_INCOMING_CAP);
    }

    /**
     * @throws GraphNotFoundException when no triple mentions the IRI
     */
    public EntityDescription describe(String iri, int incomingCap) {
        Objects.requireNonNull(iri, "iri");
        if (incomingCap < 0) {
            throw new IllegalArgumentException("incomingCap must be >= 0: " + incomingCap);
        }
        Map<String, RDFNode> bind = Map.of("s", ResourceFactory.createResource(checked(iri)));
        return queries.read(() -> {
            List<String> types = new ArrayList<>();
            Map<String, String> predicateLabels = new LinkedHashMap<>();
            Map<String, Map<String, Value>> values = new LinkedHashMap<>();
            String[] label = {null};
            int[] labelRank = {Integer.MAX_VALUE};
            queries.select(OUTGOING, bind, row -> {
                String p = row.getResource("p").getURI();
                RDFNode o = row.get("o");
                predicateLabels.putIfAbsent(p, predicateLabel(p, GraphQueries.str(row, "p_label")));
                if (p.equals(RDF.type.getURI()) && o.isURIResource() && !types.contains(o.asResource().getURI())) {
                    types.add(o.asResource().getURI());
                }
                int rank = LABELS.indexOf(p);
                if (rank >= 0 && rank < labelRank[0] && o.isLiteral()) {
                    label[0] = o.asLiteral().getLexicalForm();
                    labelRank[0] = rank;
                }
                values.computeIfAbsent(p, k -> new LinkedHashMap<>()).putIfAbsent(o.toString(), value(o, GraphQueries.str(row, "o_label")));
                return null;
            });
            List<IncomingLinks> incoming = incoming(bind, incomingCap);
            if (values.isEmpty() && incoming.isEmpty()) {
                throw new GraphNotFoundException("The graph holds nothing about <" + iri + ">; check the IRI, or search for the name instead");
            }
            List<PropertyValues> properties = new ArrayList<>();
            values.forEach((p, vs) -> properties.add(new PropertyValues(p, predicateLabels.get(p), List.copyOf(vs.values()))));
            return new EntityDescription(iri, FallbackLabels.orElse(label[0], iri, queries.iris()),
                    EntityKind.fromTypes(types), types, properties, incoming);
        });
    }

    /**
     * The resource's own triples, the labels of the resources they point to, and up to
     * {@value #MODEL_INCOMING_CAP} triples pointing at it with their subjects' labels.
     * Empty when the graph holds nothing about it.
     */
    public Model describeModel(String iri) {
        Objects.requireNonNull(iri, "iri");
        Map<String, RDFNode> bind = Map.of("s", ResourceFactory.createResource(checked(iri)));
        return queries.read(() -> {
            Model m = queries.construct(MODEL_OUT, bind);
            m.add(queries.construct(MODEL_IN, bind));
            m.setNsPrefixes(prefixes);
            return m;
        });
    }

    private List<IncomingLinks> incoming(Map<String, RDFNode> bind, int cap) {
        List<IncomingLinks> out = new ArrayList<>();
        for (QuerySolution row : queries.select(INCOMING_COUNTS, bind, r -> r)) {
            String p = row.getResource("p").getURI();
            List<LabelledIri> subjects = List.of();
            if (cap > 0) {
                Map<String, RDFNode> withP = new LinkedHashMap<>(bind);
                withP.put("p", row.getResource("p"));
                subjects = queries.select(GraphQueries.parse(INCOMING_SUBJECTS.formatted(cap)), withP, this::subject);
            }
            out.add(new IncomingLinks(p, predicateLabel(p, GraphQueries.str(row, "p_label")), GraphQueries.count(row, "n"), subjects));
        }
        return out;
    }

    /** A subject's label; for sections, decisions and action items the file is named too. */
    private LabelledIri subject(QuerySolution row) {
        String iri = row.getResource("x").getURI();
        String label = FallbackLabels.orElse(GraphQueries.str(row, "label"), iri, queries.iris());
        label = label.length() > 120 ? label.substring(0, 119) + "…" : label;
        String path = GraphQueries.str(row, "path");
        boolean isMeeting = path != null && iri.equals(queries.iris().meeting(path));
        return new LabelledIri(iri, path != null && !isMeeting ? label + " (" + path + ")" : label);
    }

    private Value value(RDFNode o, String label) {
        if (o.isLiteral()) {
            Literal l = o.asLiteral();
            String lang = l.getLanguage().isEmpty() ? null : l.getLanguage();
            String datatype = lang != null || l.getDatatypeURI() == null
                    || l.getDatatypeURI().equals("http://www.w3.org/2001/XMLSchema#string") ? null : l.getDatatypeURI();
            return new Value(null, l.getLexicalForm(), datatype, lang, null);
        }
        String iri = o.isURIResource() ? o.asResource().getURI() : "_:" + o.asResource().getId();
        return new Value(iri, null, null, null, FallbackLabels.orElse(label, iri, queries.iris()));
    }

    private String predicateLabel(String p, String fromOntology) {
        if (fromOntology != null) {
            return fromOntology;
        }
        String prefixed = prefixes.shortForm(p);
        return prefixed.equals(p) ? FallbackLabels.of(p, queries.iris()) : prefixed;
    }

    private static String checked(String iri) {
        String s = iri.strip();
        if (!(s.startsWith("http://") || s.startsWith("https://")) || s.chars().anyMatch(c -> c <= ' ' || "<>\"{}|^`\\".indexOf(c) >= 0)) {
            throw new IllegalArgumentException("Not an absolute http(s) IRI: " + iri);
        }
        return s;
    }
}
