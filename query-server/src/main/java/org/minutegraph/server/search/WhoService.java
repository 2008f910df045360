package org.minutegraph.server.search;

import java.io.IOException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

import org.apache.lucene.document.Document;
import org.apache.lucene.index.StoredFields;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;
import org.apache.lucene.util.BitSetIterator;
import org.apache.lucene.util.FixedBitSet;
import org.minutegraph.ingest.index.EntityValue;
import org.minutegraph.ingest.index.PassageIndex;
import org.minutegraph.server.catalog.Entity;
import org.minutegraph.server.catalog.EntityCatalog;
import org.minutegraph.server.catalog.EntityCatalogs;

import static org.minutegraph.ingest.index.PassageSchema.*;

/**
 * Who discussed a topic: resolves the topic by the {@link EntityCatalog} (a tool, topic, category,
 * series or person, as on the timeline; words that name none are looked for as full text), collects every passage about it, and ranks people by evidence — named,
 * sponsoring or owning an action in such a passage counts strongly, presence at the meeting weakly.
 */
public final class WhoService {

    private static final Set<String> EVIDENCE_FIELDS = Set.of(MEETING, DATE, SOURCE_PATH, HEADING, START_LINE, TEXT);
    private static final Set<String> INFO_FIELDS = Set.of(PERSON_INFO);

    /** Answers to recent topics on the current index snapshot. */
    private final ResultCache<String, WhoResponse> cache;
    private final PassageIndex index;
    private final PassageQueries queries;
    private final EntityPassages passages;
    private final EntityCatalogs catalogs;
    private final WhoWeights weights;
    private final SearchConfig config;
    /** The who columns of the current index snapshot. */
    private final java.util.concurrent.atomic.AtomicReference<WhoColumns> columns = new java.util.concurrent.atomic.AtomicReference<>();

    WhoService(PassageIndex index, PassageQueries queries, EntityPassages passages, EntityCatalogs catalogs, WhoWeights weights,
            SearchConfig config) {
        this.index = Objects.requireNonNull(index, "index");
        this.queries = queries;
        this.passages = passages;
        this.catalogs = catalogs;
        this.weights = Objects.requireNonNull(weights, "weights");
        this.config = config;
        this.cache = new ResultCache<>(config.cacheSize() / 2);
    }

    public WhoResponse who(String topic) {
        if (topic == null || topic.isBlank()) {
            throw new InvalidQueryException("topic must name a tool, topic or words to look for, e.g. topic=Harbor");
        }
        String asked = queries.bound(topic.strip());
        return index.withSearcher(searcher -> cache.get(searcher, asked, () -> {
            try {
                return answer(searcher, asked);
            } catch (IOException e) {
                throw new java.io.UncheckedIOException(e);
            }
        }));
    }

    private WhoResponse answer(IndexSearcher searcher, String asked) throws IOException {
        EntityCatalog catalog = catalogs.current();
        Optional<Entity> resolved = catalog.resolve(asked);
        WhoResponse.Topic topic = resolved.map(e -> new WhoResponse.Topic(e.iri(), e.label())).orElse(new WhoResponse.Topic(null, asked));
        Optional<Query> query = resolved.map(e -> passages.about(e, catalog))
                .or(() -> queries.text(asked).map(PassageQueries.TextQuery::query));
        if (query.isEmpty()) {
            return new WhoResponse(topic, List.of(), List.of());
        }
        FixedBitSet matches = MatchSet.collect(searcher, query.get());
        Map<String, Tally> tallies = new HashMap<>();
        Map<String, int[]> teamCounts = new LinkedHashMap<>();
        Map<String, String> teamLabels = new HashMap<>();
        WhoColumns.Cursor cursor = columns(searcher).cursor(searcher);
        BitSetIterator it = new BitSetIterator(matches, 0);
        for (int doc = it.nextDoc(); doc != BitSetIterator.NO_MORE_DOCS; doc = it.nextDoc()) {
            WhoColumns.Facts d = cursor.facts(doc);
            Passage passage = new Passage(doc, d.meeting(), d.date());
            teamCounts.computeIfAbsent(d.series(), k -> new int[1])[0]++;
            teamLabels.putIfAbsent(d.series(), d.seriesLabel());
            Map<String, Double> strong = new HashMap<>();
            for (String iri : d.mentioned()) {
                strong.merge(iri, weights.mentioned(), Double::sum);
            }
            for (String iri : d.sponsor()) {
                strong.merge(iri, weights.sponsor(), Double::sum);
            }
            for (String iri : d.owner()) {
                strong.merge(iri, weights.owner(), Double::sum);
            }
            int at = doc;
            strong.forEach((iri, w) -> tally(tallies, iri, at).strong(passage, w));
            for (String iri : d.participant()) {
                tally(tallies, iri, doc).present(passage);
            }
        }
        List<Tally> ranked = tallies.values().stream()
                .sorted(Comparator.comparingDouble((Tally t) -> -t.score(weights)).thenComparing(t -> -t.meetings.size()).thenComparing(t -> t.iri))
                .limit(weights.maxPeople())
                .toList();
        readInfo(searcher, ranked);
        List<WhoResponse.Person> people = people(searcher, query.get(), ranked);
        List<WhoResponse.Team> teams = teamCounts.entrySet().stream()
                .sorted(Comparator.comparing((Map.Entry<String, int[]> e) -> -e.getValue()[0]).thenComparing(Map.Entry::getKey))
                .map(e -> new WhoResponse.Team(e.getKey(), teamLabels.get(e.getKey()), e.getValue()[0]))
                .toList();
        return new WhoResponse(topic, people, teams);
    }

    private List<WhoResponse.Person> people(IndexSearcher searcher, Query query, List<Tally> ranked) throws IOException {
        Map<Tally, List<Passage>> evidence = new LinkedHashMap<>();
        Set<Integer> docs = new LinkedHashSet<>();
        for (Tally t : ranked) {
            List<Passage> chosen = t.evidence(weights.evidencePerPerson());
            evidence.put(t, chosen);
            chosen.forEach(p -> docs.add(p.doc));
        }
        int[] ids = docs.stream().mapToInt(Integer::intValue).toArray();
        StoredFields stored = searcher.storedFields();
        Document[] loaded = new Document[ids.length];
        for (int i = 0; i < ids.length; i++) {
            loaded[i] = stored.document(ids[i], EVIDENCE_FIELDS);
        }
        // every evidence passage matches the query: it was collected by it
        String[] snippets = Snippets.of(searcher, query, ids, java.util.Arrays.stream(loaded).map(d -> d.get(TEXT)).toArray(String[]::new),
                doc -> true, config.snippetChars());
        Map<Integer, WhoResponse.Evidence> byDoc = new HashMap<>();
        for (int i = 0; i < ids.length; i++) {
            Document d = loaded[i];
            String snippet = snippets[i].isEmpty() ? Snippets.escape(d.get(HEADING)) : snippets[i];
            byDoc.put(ids[i], new WhoResponse.Evidence(d.get(MEETING), d.get(DATE), d.get(SOURCE_PATH), d.get(HEADING), snippet,
                    d.getField(START_LINE) == null || d.getField(START_LINE).numericValue() == null ? 0
                            : d.getField(START_LINE).numericValue().intValue()));
        }
        List<WhoResponse.Person> people = new ArrayList<>();
        for (Map.Entry<Tally, List<Passage>> e : evidence.entrySet()) {
            Tally t = e.getKey();
            people.add(new WhoResponse.Person(t.iri, t.handle(), t.name(), Math.round(t.score(weights) * 100) / 100.0,
                    t.meetings.size(), e.getValue().stream().map(p -> byDoc.get(p.doc)).toList()));
        }
        return people;
    }

    private WhoColumns columns(IndexSearcher searcher) throws IOException {
        WhoColumns current = columns.get();
        if (current == null || !current.isFor(searcher.getIndexReader())) {
            current = WhoColumns.build(searcher.getIndexReader());
            columns.set(current);
        }
        return current;
    }

    /** Handles and names of the ranked people, from the passage each was first seen in (only these are shown). */
    private static void readInfo(IndexSearcher searcher, List<Tally> ranked) throws IOException {
        StoredFields stored = searcher.storedFields();
        Map<Integer, Map<String, EntityValue>> byDoc = new HashMap<>();
        for (Tally t : ranked) {
            Map<String, EntityValue> info = byDoc.get(t.firstDoc);
            if (info == null) {
                info = new HashMap<>();
                for (String encoded : stored.document(t.firstDoc, INFO_FIELDS).getValues(PERSON_INFO)) {
                    EntityValue v = EntityValue.decode(encoded);
                    info.put(v.iri(), v);
                }
                byDoc.put(t.firstDoc, info);
            }
            t.info = info.get(t.iri);
        }
    }

    private static Tally tally(Map<String, Tally> tallies, String iri, int doc) {
        return tallies.computeIfAbsent(iri, k -> new Tally(iri, doc));
    }

    private record Passage(int doc, String meeting, String date) {
    }

    /** The evidence gathered for one person. */
    private static final class Tally {
        final String iri;
        /** The first passage naming this person: its stored person info gives the handle and name. */
        final int firstDoc;
        EntityValue info;
        double strongScore;
        final Set<String> meetings = new LinkedHashSet<>();
        final Set<String> presentAt = new LinkedHashSet<>();
        final List<Map.Entry<Passage, Double>> strongPassages = new ArrayList<>();
        final Map<String, Passage> presentPassages = new LinkedHashMap<>();

        Tally(String iri, int firstDoc) {
            this.iri = iri;
            this.firstDoc = firstDoc;
        }

        void strong(Passage p, double weight) {
            strongScore += weight;
            meetings.add(p.meeting);
            strongPassages.add(Map.entry(p, weight));
        }

        void present(Passage p) {
            meetings.add(p.meeting);
            presentAt.add(p.meeting);
            presentPassages.putIfAbsent(p.meeting, p);
        }

        double score(WhoWeights w) {
            return strongScore + Math.min(w.participantCap(), w.participantPerMeeting() * presentAt.size());
        }

        /** Strongest passages first (newest among equals), then meetings attended, newest first. */
        List<Passage> evidence(int n) {
            List<Passage> out = new ArrayList<>();
            strongPassages.stream()
                    .sorted(Comparator.comparingDouble((Map.Entry<Passage, Double> e) -> -e.getValue())
                            .thenComparing(e -> e.getKey().date, Comparator.reverseOrder()))
                    .map(Map.Entry::getKey)
                    .filter(p -> out.stream().noneMatch(o -> o.doc == p.doc))
                    .limit(n)
                    .forEach(out::add);
            presentPassages.values().stream()
                    .sorted(Comparator.comparing((Passage p) -> p.date).reversed())
                    .filter(p -> out.stream().noneMatch(o -> o.meeting.equals(p.meeting)))
                    .limit(Math.max(0, n - out.size()))
                    .forEach(out::add);
            return out;
        }

        String handle() {
            if (info == null) {
                return null;
            }
            return info.label().isEmpty() || !info.key().equals(info.label()) ? info.key() : null;
        }

        String name() {
            return info == null || info.label().isEmpty() ? null : info.label();
        }
    }
}
