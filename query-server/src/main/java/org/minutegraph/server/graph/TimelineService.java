package org.minutegraph.server.graph;

import java.time.Duration;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

import org.apache.jena.query.Query;
import org.apache.jena.query.QuerySolution;
import org.apache.jena.rdf.model.RDFNode;
import org.apache.jena.rdf.model.ResourceFactory;
import org.minutegraph.ingest.store.MinutegraphStore;
import org.minutegraph.ontology.MG;
import org.minutegraph.server.catalog.EntityKind;
import org.minutegraph.server.catalog.Entity;
import org.minutegraph.server.catalog.EntityCatalog;
import org.minutegraph.server.catalog.EntityCatalogs;
import org.minutegraph.server.catalog.EntityNotFoundException;

/**
 * The timeline of a tool, topic, tool category, person or series: the sections that mention it,
 * the decisions and action items about it, month by month and per series.
 *
 * <ul>
 * <li>tool: sections that {@code mg:mentions} it; category: sections mentioning a tool under it;
 *     topic: sections whose {@code mg:topic} it is; person: sections that mention them or name
 *     them sponsor; series: one event per meeting, titled by the meeting title.</li>
 * <li>decisions and action items: those inside such sections, plus for a tool or topic those whose
 *     own text names one of its labels as a word (not for tools marked {@code mg:ambiguous}), plus
 *     for a person the action items they own, plus for a series all of its meetings'.</li>
 * </ul>
 */
public final class TimelineService {

    private static final String MEETING = """
              ?meeting dcterms:date ?date ; mg:sourcePath ?path ; mg:series ?series .
              OPTIONAL { ?series mg:slug ?slug }
              OPTIONAL { ?series rdfs:label ?seriesLabel }
            """;

    private static final String ITEM = """
              ?item a ?type . FILTER(?type = mg:Decision || ?type = mg:ActionItem)
              ?item mg:text ?text ; mg:startLine ?start ; mg:inMeeting ?meeting .
              OPTIONAL { ?item mg:status ?status }
              OPTIONAL { ?item mg:inSection ?itemSection . ?itemSection mg:heading ?heading }
              OPTIONAL { ?item mg:owner ?owner }
            """;

    // Owners' names come from this table, not a nested OPTIONAL: TDB2 6.0.0 can fail on those
    // ("Peek iterator is already empty") when the outer pattern matches nothing.
    private static final Query PEOPLE = GraphQueries.parse("""
            SELECT ?p ?h ?n WHERE { ?p a foaf:Person OPTIONAL { ?p mg:handle ?h } OPTIONAL { ?p foaf:name ?n } }""");

    private static final String TEXT_MATCH = "UNION { ?item mg:text ?anyText FILTER(REGEX(?anyText, ?pattern, \"i\")) }";

    private static final Query LABELS = GraphQueries.parse("""
            SELECT ?label ?ambiguous WHERE {
              { ?entity skos:prefLabel ?label } UNION { ?entity skos:altLabel ?label }
              OPTIONAL { ?entity mg:ambiguous ?ambiguous }
            }""");

    private static final Query ATTENDED = GraphQueries.parse("""
            SELECT DISTINCT ?meeting ?date ?path ?series ?slug ?seriesLabel WHERE {
              { ?meeting mg:participant ?entity } UNION { ?meeting mg:minuteTaker ?entity }
            """ + MEETING + "}");

    private static final Query SERIES_MEETINGS = GraphQueries.parse("""
            SELECT ?meeting ?heading ?date ?path ?series ?slug ?seriesLabel WHERE {
              ?meeting mg:series ?entity ; dcterms:title ?heading .
            """ + MEETING + "}");

    private static final Query SERIES_ITEMS = GraphQueries.parse("SELECT * WHERE { ?item mg:inMeeting ?m0 . ?m0 mg:series ?entity .\n"
            + ITEM + MEETING + "}");

    private final EntityCatalogs catalogs;
    private final GraphQueries queries;
    private final Map<EntityKind, Query> mentionQueries = new EnumMap<>(EntityKind.class);
    /** Keyed by kind, and by kind + "+text" for the variant that also matches labels in item text. */
    private final Map<String, Query> itemQueries = new HashMap<>();

    public TimelineService(MinutegraphStore store, EntityCatalogs catalogs) {
        this(store, catalogs, GraphServices.DEFAULT_TIMEOUT);
    }

    public TimelineService(MinutegraphStore store, EntityCatalogs catalogs, Duration timeout) {
        this(catalogs, new GraphQueries(store, timeout));
    }

    TimelineService(EntityCatalogs catalogs, GraphQueries queries) {
        this.catalogs = Objects.requireNonNull(catalogs, "catalogs");
        this.queries = Objects.requireNonNull(queries, "queries");
        for (EntityKind kind : List.of(EntityKind.TOOL, EntityKind.TOPIC, EntityKind.CATEGORY, EntityKind.PERSON)) {
            String sections = sectionPattern(kind);
            mentionQueries.put(kind, GraphQueries.parse(
                    "SELECT DISTINCT ?section ?heading ?start ?meeting ?date ?path ?series ?slug ?seriesLabel WHERE {\n" + sections
                    + "\n?section mg:inMeeting ?meeting ; mg:heading ?heading ; mg:startLine ?start .\n" + MEETING + "}"));
            String match = "{ " + sections + " ?item mg:inSection ?section }"
                    + (kind == EntityKind.PERSON ? " UNION { ?item mg:owner ?entity }" : "");
            itemQueries.put(kind.name(), GraphQueries.parse("SELECT * WHERE {\n" + match + "\n" + ITEM + MEETING + "}"));
            if (kind == EntityKind.TOOL || kind == EntityKind.TOPIC) {
                itemQueries.put(kind.name() + "+text", GraphQueries.parse("SELECT * WHERE {\n" + match + " " + TEXT_MATCH + "\n" + ITEM + MEETING + "}"));
            }
        }
        itemQueries.put(EntityKind.SERIES.name(), SERIES_ITEMS);
    }

    private static String sectionPattern(EntityKind kind) {
        return switch (kind) {
            case TOOL -> "?section mg:mentions ?entity .";
            case TOPIC -> "?section mg:topic ?entity .";
            case CATEGORY -> "?section mg:mentions ?tool . ?tool skos:broader+ ?entity .";
            case PERSON -> "{ ?section mg:mentions ?entity } UNION { ?section mg:sponsor ?entity }";
            default -> throw new IllegalArgumentException("no section pattern for " + kind);
        };
    }

    /**
     * @param entity a name, handle, slug or IRI, as the {@link EntityCatalog} understands it
     * @param from first day to include, if any
     * @param to last day to include, if any
     * @throws EntityNotFoundException when nothing is called that, with near matches
     */
    public Timeline timeline(String entity, Optional<LocalDate> from, Optional<LocalDate> to) {
        Objects.requireNonNull(from, "from");
        Objects.requireNonNull(to, "to");
        if (from.isPresent() && to.isPresent() && from.get().isAfter(to.get())) {
            throw new IllegalArgumentException("The date range is empty: from " + from.get() + " is after to " + to.get());
        }
        Entity e = catalogs.current().require(entity);
        Map<String, RDFNode> bind = new HashMap<>(Map.of("entity", ResourceFactory.createResource(e.iri())));
        List<TimelineEvent> all = new ArrayList<>();
        List<MeetingRow> attended = new ArrayList<>();
        queries.read(() -> {
            List<Item> items = items(e, bind);
            Map<String, List<Item>> bySection = items.stream().filter(i -> i.section() != null)
                    .collect(Collectors.groupingBy(Item::section, LinkedHashMap::new, Collectors.toList()));
            if (e.kind() == EntityKind.SERIES) {
                queries.select(SERIES_MEETINGS, bind, row -> {
                    MeetingRow m = MeetingRow.of(row);
                    return all.add(new TimelineEvent(m.date(), m.meeting(), m.path(), m.series(), m.seriesLabel(), null,
                            str(row, "heading"), str(row, "heading"), EventKind.MENTION, 1, null, null));
                });
            } else {
                queries.select(mentionQueries.get(e.kind()), bind, row -> all.add(mention(row, bySection)));
            }
            items.forEach(i -> all.add(i.event()));
            if (e.kind() == EntityKind.PERSON) {
                queries.select(ATTENDED, bind, row -> attended.add(MeetingRow.of(row)));
            }
            return null;
        });
        all.sort(Comparator.comparing(TimelineEvent::date).thenComparing(TimelineEvent::sourcePath)
                .thenComparingInt(TimelineEvent::startLine).thenComparing(TimelineEvent::kind));

        TreeSet<String> dates = new TreeSet<>();
        all.forEach(ev -> dates.add(ev.date()));
        attended.forEach(m -> dates.add(m.date()));
        String first = dates.isEmpty() ? null : dates.first();
        String latest = dates.isEmpty() ? null : dates.last();

        String lo = from.map(LocalDate::toString).orElse("0000-00-00");
        String hi = to.map(LocalDate::toString).orElse("9999-99-99");
        List<TimelineEvent> events = all.stream().filter(ev -> ev.date().compareTo(lo) >= 0 && ev.date().compareTo(hi) <= 0).toList();

        Map<String, Map<String, Set<String>>> meetingsByMonth = new TreeMap<>();
        events.forEach(ev -> count(meetingsByMonth, ev.date(), ev.series(), ev.meeting()));
        attended.stream().filter(m -> m.date().compareTo(lo) >= 0 && m.date().compareTo(hi) <= 0)
                .forEach(m -> count(meetingsByMonth, m.date(), m.series(), m.meeting()));
        return new Timeline(e, first, latest, buckets(meetingsByMonth), events);
    }

    private List<Item> items(Entity e, Map<String, RDFNode> bind) {
        Query query = itemQueries.get(e.kind().name());
        if (e.kind() == EntityKind.TOOL || e.kind() == EntityKind.TOPIC) {
            Optional<String> pattern = labelPattern(bind);
            if (pattern.isPresent()) {
                query = itemQueries.get(e.kind().name() + "+text");
                bind.put("pattern", ResourceFactory.createPlainLiteral(pattern.get()));
            }
        }
        Map<String, Item> byIri = new LinkedHashMap<>();
        Map<String, PersonView> people = new HashMap<>();
        queries.select(query, bind, row -> {
            String iri = uri(row, "item");
            Item item = byIri.computeIfAbsent(iri, k -> Item.of(row));
            String owner = uri(row, "owner");
            if (owner != null && item.owners().stream().noneMatch(o -> o.iri().equals(owner))) {
                item.owners().add(new PersonView(owner, null, null));
            }
            return null;
        });
        if (byIri.values().stream().anyMatch(i -> !i.owners().isEmpty())) {
            queries.select(PEOPLE, Map.of(), row -> people.put(uri(row, "p"), new PersonView(uri(row, "p"), str(row, "h"), str(row, "n"))));
            byIri.values().forEach(i -> i.owners().replaceAll(o -> people.getOrDefault(o.iri(), o)));
        }
        bind.remove("pattern");
        return new ArrayList<>(byIri.values());
    }

    /** A regex that finds any of the entity's labels as a whole word; empty when it should not be tried. */
    private Optional<String> labelPattern(Map<String, RDFNode> bind) {
        List<String> labels = new ArrayList<>();
        boolean[] ambiguous = {false};
        queries.select(LABELS, bind, row -> {
            labels.add(str(row, "label"));
            ambiguous[0] |= row.contains("ambiguous") && row.getLiteral("ambiguous").getBoolean();
            return null;
        });
        List<String> usable = labels.stream().filter(l -> l.strip().length() >= 3).distinct().toList();
        if (ambiguous[0] || usable.isEmpty()) {
            return Optional.empty();
        }
        return Optional.of("(?<![\\p{L}\\p{N}])(?:" + usable.stream().map(Pattern::quote).collect(Collectors.joining("|"))
                + ")(?![\\p{L}\\p{N}])");
    }

    private static TimelineEvent mention(QuerySolution row, Map<String, List<Item>> bySection) {
        MeetingRow m = MeetingRow.of(row);
        String section = uri(row, "section");
        String heading = str(row, "heading");
        String snippet = heading;
        List<Item> inside = bySection.getOrDefault(section, List.of());
        if (!inside.isEmpty()) {
            snippet = heading + ": " + inside.stream().map(Item::text).collect(Collectors.joining("; "));
            snippet = snippet.length() > 300 ? snippet.substring(0, 299) + "…" : snippet;
        }
        return new TimelineEvent(m.date(), m.meeting(), m.path(), m.series(), m.seriesLabel(), section, heading, snippet,
                EventKind.MENTION, GraphQueries.integer(row, "start", 1), null, null);
    }

    private static void count(Map<String, Map<String, Set<String>>> byMonth, String date, String series, String meeting) {
        byMonth.computeIfAbsent(date.substring(0, 7), k -> new TreeMap<>()).computeIfAbsent(series, k -> new HashSet<>()).add(meeting);
    }

    /** One bucket per month from the first month with data to the last, empty months included. */
    private static List<TimelineBucket> buckets(Map<String, Map<String, Set<String>>> byMonth) {
        if (byMonth.isEmpty()) {
            return List.of();
        }
        TreeMap<String, Map<String, Set<String>>> sorted = new TreeMap<>(byMonth);
        List<TimelineBucket> out = new ArrayList<>();
        YearMonth last = YearMonth.parse(sorted.lastKey());
        for (YearMonth m = YearMonth.parse(sorted.firstKey()); !m.isAfter(last); m = m.plusMonths(1)) {
            Map<String, Integer> counts = new LinkedHashMap<>();
            sorted.getOrDefault(m.toString(), Map.of()).forEach((series, meetings) -> counts.put(series, meetings.size()));
            out.add(new TimelineBucket(m.toString(), counts));
        }
        return out;
    }

    private static String str(QuerySolution row, String var) {
        return GraphQueries.str(row, var);
    }

    private static String uri(QuerySolution row, String var) {
        return row.contains(var) && row.get(var).isURIResource() ? row.getResource(var).getURI() : null;
    }

    /** The meeting columns every query here selects. */
    private record MeetingRow(String meeting, String date, String path, String series, String seriesLabel) {
        static MeetingRow of(QuerySolution row) {
            String seriesIri = uri(row, "series");
            String slug = str(row, "slug");
            if (slug == null) {
                slug = seriesIri.substring(seriesIri.lastIndexOf('/') + 1);
            }
            String label = str(row, "seriesLabel");
            return new MeetingRow(uri(row, "meeting"), str(row, "date"), str(row, "path"), slug, label == null ? slug : label);
        }
    }

    /** A decision or action item as read, owners gathered over its rows. */
    private record Item(String iri, EventKind kind, String text, int start, String status, String section, String heading,
                        MeetingRow meeting, List<PersonView> owners) {
        static Item of(QuerySolution row) {
            boolean action = row.getResource("type").getURI().equals(MG.ActionItem.getURI());
            String heading = str(row, "heading");
            return new Item(uri(row, "item"), action ? EventKind.ACTION : EventKind.DECISION, str(row, "text"),
                    GraphQueries.integer(row, "start", 1), str(row, "status"), uri(row, "itemSection"),
                    heading == null ? "" : heading, MeetingRow.of(row), new ArrayList<>());
        }

        TimelineEvent event() {
            return new TimelineEvent(meeting.date(), meeting.meeting(), meeting.path(), meeting.series(), meeting.seriesLabel(),
                    section, heading, text, kind, start, status, kind == EventKind.ACTION ? owners : null);
        }
    }
}
