package org.minutegraph.server.graph;

import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

import org.apache.jena.query.Query;
import org.apache.jena.query.QuerySolution;
import org.apache.jena.rdf.model.RDFNode;
import org.apache.jena.rdf.model.ResourceFactory;
import org.minutegraph.ingest.store.MinutegraphStore;
import org.minutegraph.ontology.IriScheme;
import org.minutegraph.ontology.MG;
import org.minutegraph.server.graph.MeetingDetails.ActionItemView;
import org.minutegraph.server.graph.MeetingDetails.DecisionView;
import org.minutegraph.server.graph.MeetingDetails.SectionView;
import org.minutegraph.server.graph.MeetingDetails.SeriesView;

/** One meeting with its sections, people, action items, decisions and links in both directions. */
public final class MeetingService {

    private static final Query CORE = GraphQueries.parse("""
            SELECT ?title ?date ?path ?series ?slug ?seriesLabel WHERE {
              ?m a mg:Meeting ; dcterms:title ?title ; dcterms:date ?date ; mg:sourcePath ?path ; mg:series ?series .
              OPTIONAL { ?series mg:slug ?slug } OPTIONAL { ?series rdfs:label ?seriesLabel }
            } LIMIT 1""");

    private static final Query PEOPLE = GraphQueries.parse("""
            SELECT ?role ?p ?h ?n WHERE {
              VALUES ?role { mg:participant mg:minuteTaker }
              ?m ?role ?p . OPTIONAL { ?p mg:handle ?h } OPTIONAL { ?p foaf:name ?n }
            }""");

    private static final Query SECTIONS = GraphQueries.parse("""
            SELECT ?sec ?heading ?level ?start ?end ?parent WHERE {
              ?sec mg:inMeeting ?m ; a mg:Section ; mg:heading ?heading ; mg:headingLevel ?level ;
                   mg:startLine ?start ; mg:endLine ?end .
              OPTIONAL { ?sec mg:parentSection ?parent }
            } ORDER BY ?start""");

    private static final Query SECTION_LINKS = GraphQueries.parse("""
            SELECT ?sec ?rel ?o ?isPerson ?h ?n ?o_label WHERE {
              VALUES ?rel { mg:topic mg:mentions mg:sponsor mg:references }
              ?sec mg:inMeeting ?m ; a mg:Section ; ?rel ?o .
              BIND(EXISTS { ?o a foaf:Person } AS ?isPerson)
              OPTIONAL { ?o mg:handle ?h } OPTIONAL { ?o foaf:name ?n }
            """ + GraphQueries.label("o") + "}");

    private static final Query ITEMS = GraphQueries.parse("""
            SELECT ?item ?type ?text ?status ?start ?section WHERE {
              ?item mg:inMeeting ?m ; a ?type ; mg:text ?text ; mg:startLine ?start .
              FILTER(?type = mg:ActionItem || ?type = mg:Decision)
              OPTIONAL { ?item mg:status ?status }
              OPTIONAL { ?item mg:inSection ?section }
            } ORDER BY ?start""");

    // Owners apart: TDB2 6.0.0 fails ("Peek iterator is already empty") on the items query with a
    // nested OPTIONAL for them when the meeting has no items.
    private static final Query OWNERS = GraphQueries.parse("""
            SELECT ?item ?owner ?h ?n WHERE {
              ?item mg:inMeeting ?m ; mg:owner ?owner .
              OPTIONAL { ?owner mg:handle ?h } OPTIONAL { ?owner foaf:name ?n }
            }""");

    private static final Query REFERENCES = GraphQueries.parse("""
            SELECT ?r ?title WHERE { ?m mg:references ?r . OPTIONAL { ?r dcterms:title ?title } } ORDER BY ?r""");

    // Two queries rather than a UNION or a path: TDB2 6.0.0 fails with "Peek iterator is already
    // empty" on those here once ?m is substituted.
    private static final Query REFERENCED_BY_MEETING = GraphQueries.parse("""
            SELECT ?o ?title ?date ?path WHERE {
              ?o mg:references ?m ; a mg:Meeting ; dcterms:title ?title ; dcterms:date ?date ; mg:sourcePath ?path .
            }""");

    private static final Query REFERENCED_BY_SECTION = GraphQueries.parse("""
            SELECT ?o ?title ?date ?path WHERE {
              ?s mg:references ?m ; mg:inMeeting ?o .
              ?o a mg:Meeting ; dcterms:title ?title ; dcterms:date ?date ; mg:sourcePath ?path .
            }""");

    private static final Query CONTENT = GraphQueries.parse("""
            SELECT ?content WHERE { ?g a mg:SourceFile ; mg:describes ?m ; mg:content ?content } LIMIT 1""");

    private final GraphQueries queries;

    public MeetingService(MinutegraphStore store) {
        this(store, GraphServices.DEFAULT_TIMEOUT);
    }

    public MeetingService(MinutegraphStore store, Duration timeout) {
        this(new GraphQueries(store, timeout));
    }

    MeetingService(GraphQueries queries) {
        this.queries = Objects.requireNonNull(queries, "queries");
    }

    /**
     * @param iriOrSourcePath a meeting IRI, or its file's path in the corpus ("container/20230220.md",
     *     with or without ".md")
     * @throws MeetingNotFoundException when there is no such meeting
     */
    public MeetingDetails meeting(String iriOrSourcePath) {
        Objects.requireNonNull(iriOrSourcePath, "iriOrSourcePath");
        String iri = meetingIri(iriOrSourcePath.strip(), queries.iris());
        Map<String, RDFNode> bind = Map.of("m", ResourceFactory.createResource(iri));
        return queries.read(() -> {
            List<QuerySolution> core = queries.select(CORE, bind, row -> row);
            if (core.isEmpty()) {
                throw new MeetingNotFoundException(iriOrSourcePath);
            }
            QuerySolution c = core.get(0);
            String seriesIri = c.getResource("series").getURI();
            String slug = GraphQueries.str(c, "slug");
            slug = slug != null ? slug : FallbackLabels.of(seriesIri, queries.iris());
            String seriesLabel = GraphQueries.str(c, "seriesLabel");
            SeriesView series = new SeriesView(seriesIri, slug, seriesLabel != null ? seriesLabel : slug);

            List<PersonView> participants = new ArrayList<>();
            List<PersonView> takers = new ArrayList<>();
            queries.select(PEOPLE, bind, row -> (row.getResource("role").getURI().equals(MG.participant.getURI()) ? participants : takers)
                    .add(person(row, "p")));
            Comparator<PersonView> byName = Comparator.comparing(p -> p.display().toLowerCase(java.util.Locale.ROOT));
            participants.sort(byName);
            takers.sort(byName);

            List<ActionItemView> actions = new ArrayList<>();
            List<DecisionView> decisions = new ArrayList<>();
            items(bind, actions, decisions);
            return new MeetingDetails(iri, GraphQueries.str(c, "title"), GraphQueries.str(c, "date"), series, GraphQueries.str(c, "path"),
                    participants, takers, sections(bind), actions, decisions, references(bind), referencedBy(bind));
        });
    }

    /**
     * The redacted markdown of the meeting's file, as ingested, for rendering its page; empty when
     * the store holds the meeting but not its text (stores written before mg:content existed).
     *
     * @throws MeetingNotFoundException when there is no such meeting
     */
    public java.util.Optional<String> content(String iriOrSourcePath) {
        Objects.requireNonNull(iriOrSourcePath, "iriOrSourcePath");
        String iri = meetingIri(iriOrSourcePath.strip(), queries.iris());
        Map<String, RDFNode> bind = Map.of("m", ResourceFactory.createResource(iri));
        return queries.read(() -> {
            if (queries.select(CORE, bind, row -> row).isEmpty()) {
                throw new MeetingNotFoundException(iriOrSourcePath);
            }
            return queries.select(CONTENT, bind, row -> GraphQueries.str(row, "content")).stream().findFirst();
        });
    }

    /** The IRI a user's argument names: an IRI as given, a source path through the IRI scheme. */
    static String meetingIri(String iriOrSourcePath, IriScheme iris) {
        if (iriOrSourcePath.startsWith("http://") || iriOrSourcePath.startsWith("https://")) {
            return iriOrSourcePath;
        }
        if (iriOrSourcePath.isEmpty()) {
            throw new IllegalArgumentException("Give a meeting IRI or a source path such as container/20230220.md");
        }
        return iris.meeting(iriOrSourcePath.replaceFirst("^/+", ""));
    }

    private List<SectionView> sections(Map<String, RDFNode> bind) {
        Map<String, SectionParts> parts = new LinkedHashMap<>();
        queries.select(SECTION_LINKS, bind, row -> {
            SectionParts p = parts.computeIfAbsent(row.getResource("sec").getURI(), k -> new SectionParts());
            String rel = row.getResource("rel").getURI();
            RDFNode o = row.get("o");
            if (!o.isURIResource()) {
                return null;
            }
            String oIri = o.asResource().getURI();
            boolean isPerson = row.getLiteral("isPerson").getBoolean();
            String label = FallbackLabels.orElse(GraphQueries.str(row, "o_label"), oIri, queries.iris());
            if (rel.equals(MG.topic.getURI())) {
                p.topic = new LabelledIri(oIri, label);
            } else if (rel.equals(MG.sponsor.getURI())) {
                p.sponsors.put(oIri, person(row, "o"));
            } else if (rel.equals(MG.references.getURI())) {
                p.references.add(oIri);
            } else if (isPerson) {
                p.people.put(oIri, person(row, "o"));
            } else {
                p.tools.put(oIri, new LabelledIri(oIri, label));
            }
            return null;
        });
        return queries.select(SECTIONS, bind, row -> {
            String iri = row.getResource("sec").getURI();
            SectionParts p = parts.getOrDefault(iri, new SectionParts());
            return new SectionView(iri, GraphQueries.str(row, "heading"), GraphQueries.integer(row, "level", 0),
                    GraphQueries.integer(row, "start", 1), GraphQueries.integer(row, "end", 1), GraphQueries.str(row, "parent"),
                    p.topic, sortedByLabel(p.tools.values()), p.people.values().stream().sorted(Comparator.comparing(PersonView::display)).toList(),
                    List.copyOf(p.sponsors.values()), p.references.stream().sorted().toList());
        });
    }

    private static List<LabelledIri> sortedByLabel(java.util.Collection<LabelledIri> items) {
        return items.stream().sorted(Comparator.comparing((LabelledIri l) -> l.label().toLowerCase(java.util.Locale.ROOT))).toList();
    }

    private void items(Map<String, RDFNode> bind, List<ActionItemView> actions, List<DecisionView> decisions) {
        Map<String, List<PersonView>> owners = new LinkedHashMap<>();
        Map<String, QuerySolution> first = new LinkedHashMap<>();
        queries.select(ITEMS, bind, row -> first.putIfAbsent(row.getResource("item").getURI(), row));
        queries.select(OWNERS, bind, row -> owners.computeIfAbsent(row.getResource("item").getURI(), k -> new ArrayList<>())
                .add(person(row, "owner")));
        first.forEach((iri, row) -> {
            String text = GraphQueries.str(row, "text");
            int start = GraphQueries.integer(row, "start", 1);
            String section = GraphQueries.str(row, "section");
            if (row.getResource("type").getURI().equals(MG.ActionItem.getURI())) {
                actions.add(new ActionItemView(iri, text, GraphQueries.str(row, "status"), owners.getOrDefault(iri, List.of()), start, section));
            } else {
                decisions.add(new DecisionView(iri, text, start, section));
            }
        });
    }

    private List<LabelledIri> references(Map<String, RDFNode> bind) {
        return queries.select(REFERENCES, bind, row -> {
            String iri = GraphQueries.str(row, "r");
            return new LabelledIri(iri, FallbackLabels.orElse(GraphQueries.str(row, "title"), iri, queries.iris()));
        });
    }

    private List<MeetingRef> referencedBy(Map<String, RDFNode> bind) {
        Map<String, MeetingRef> refs = new java.util.TreeMap<>();
        for (Query q : List.of(REFERENCED_BY_MEETING, REFERENCED_BY_SECTION)) {
            queries.select(q, bind, row -> refs.putIfAbsent(row.getResource("o").getURI(), new MeetingRef(row.getResource("o").getURI(),
                    GraphQueries.str(row, "title"), GraphQueries.str(row, "date"), GraphQueries.str(row, "path"))));
        }
        return refs.values().stream().sorted(Comparator.comparing(MeetingRef::date).thenComparing(MeetingRef::sourcePath)).toList();
    }

    /** A person from a row with {@code ?var} and optional handle/name columns ({@code ?h}, {@code ?n}). */
    private static PersonView person(QuerySolution row, String var) {
        return new PersonView(row.getResource(var).getURI(), GraphQueries.str(row, "h"), GraphQueries.str(row, "n"));
    }

    /** What the link rows say about one section. */
    private static final class SectionParts {
        LabelledIri topic;
        final Map<String, LabelledIri> tools = new LinkedHashMap<>();
        final Map<String, PersonView> people = new LinkedHashMap<>();
        final Map<String, PersonView> sponsors = new LinkedHashMap<>();
        final Set<String> references = new LinkedHashSet<>();
    }
}
