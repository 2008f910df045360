package org.minutegraph.server.search;

import java.io.IOException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Function;

import org.apache.lucene.index.DocValues;
import org.apache.lucene.index.IndexReader;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.SortedSetDocValues;
import org.apache.lucene.search.DocIdSetIterator;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.util.BitSetIterator;
import org.apache.lucene.util.FixedBitSet;
import org.minutegraph.ingest.index.EntityValue;
import org.minutegraph.ingest.index.PassageSchema;

/**
 * Counts sorted-set doc values over a set of matching documents: per segment by ordinal, then
 * merged by value. No taxonomy index and no global ordinals to build, so a fresh searcher counts
 * at once. The search facets go through per-snapshot tables (built on a snapshot's first count: every
 * doc's facet keys as small ints), so a query only increments counters.
 */
final class FacetCounter {

    /** The facet fields of a search response and the key each value is counted under. */
    private static final Map<String, Function<EntityValueOrRaw, String>> FIELDS = Map.of(
            PassageSchema.SERIES_FACET, v -> v.entity().key(),
            PassageSchema.YEAR, EntityValueOrRaw::raw,
            PassageSchema.TOOL_FACET, v -> v.entity().displayLabel(),
            PassageSchema.PERSON_FACET, v -> v.entity().key());

    private final AtomicReference<Tables> current = new AtomicReference<>();

    /** Facet counts by series, year (newest first), tool and person over {@code matches}, {@code size} values each. */
    SearchResponse.Facets facets(IndexSearcher searcher, FixedBitSet matches, int size) throws IOException {
        Tables tables = tables(searcher.getIndexReader());
        return new SearchResponse.Facets(
                top(tables.count(searcher, matches, PassageSchema.SERIES_FACET), size),
                newestFirst(tables.count(searcher, matches, PassageSchema.YEAR)),
                top(tables.count(searcher, matches, PassageSchema.TOOL_FACET), size),
                top(tables.count(searcher, matches, PassageSchema.PERSON_FACET), size));
    }

    private Tables tables(IndexReader reader) throws IOException {
        Tables tables = current.get();
        if (tables == null || tables.reader != reader) {
            tables = Tables.build(reader);
            current.set(tables);
        }
        return tables;
    }

    /** Raw value → number of matching documents holding it. */
    static Map<String, Integer> count(IndexSearcher searcher, FixedBitSet matches, String field) throws IOException {
        Map<String, Integer> counts = new HashMap<>();
        for (LeafReaderContext leaf : searcher.getIndexReader().leaves()) {
            SortedSetDocValues values = DocValues.getSortedSet(leaf.reader(), field);
            if (values.getValueCount() == 0) {
                continue;
            }
            int[] perOrd = countOrds(leaf, values, matches);
            for (int ord = 0; ord < perOrd.length; ord++) {
                if (perOrd[ord] > 0) {
                    counts.merge(values.lookupOrd(ord).utf8ToString(), perOrd[ord], Integer::sum);
                }
            }
        }
        return counts;
    }

    private static int[] countOrds(LeafReaderContext leaf, SortedSetDocValues values, FixedBitSet matches) throws IOException {
        int[] perOrd = new int[Math.toIntExact(values.getValueCount())];
        int end = leaf.docBase + leaf.reader().maxDoc();
        BitSetIterator it = new BitSetIterator(matches, 0);
        int doc = leaf.docBase < matches.length() ? it.advance(leaf.docBase) : DocIdSetIterator.NO_MORE_DOCS;
        while (doc < end) {
            if (values.advanceExact(doc - leaf.docBase)) {
                for (int i = 0; i < values.docValueCount(); i++) {
                    perOrd[(int) values.nextOrd()]++;
                }
            }
            doc = it.nextDoc();
        }
        return perOrd;
    }

    /** The {@code size} largest counts, keyed by {@code key} of the raw value, largest first. */
    static Map<String, Integer> top(Map<String, Integer> counts, int size, Function<String, String> key) {
        Map<String, Integer> byKey = new HashMap<>();
        counts.forEach((raw, n) -> byKey.merge(key.apply(raw), n, Integer::sum));
        return top(byKey, size);
    }

    private static Map<String, Integer> top(Map<String, Integer> byKey, int size) {
        List<Map.Entry<String, Integer>> sorted = byKey.entrySet().stream()
                .sorted(Map.Entry.<String, Integer>comparingByValue(Comparator.reverseOrder()).thenComparing(Map.Entry.comparingByKey()))
                .limit(size)
                .toList();
        Map<String, Integer> out = new LinkedHashMap<>();
        sorted.forEach(e -> out.put(e.getKey(), e.getValue()));
        return out;
    }

    private static Map<String, Integer> newestFirst(Map<String, Integer> years) {
        Map<String, Integer> out = new LinkedHashMap<>();
        years.entrySet().stream().sorted(Map.Entry.<String, Integer>comparingByKey().reversed()).forEach(e -> out.put(e.getKey(), e.getValue()));
        return out;
    }

    /** A facet value as stored, decoded as an entity on demand (years are plain). */
    private record EntityValueOrRaw(String raw) {
        EntityValue entity() {
            return EntityValue.decode(raw);
        }
    }

    /** For one snapshot and each facet field: its distinct keys, and for every doc the ids of its values' keys. */
    private record Tables(IndexReader reader, Map<String, Column> columns) {

        /** One field: keys by id, and per doc (global id) the key id of each of its values (a doc may repeat one). */
        private record Column(String[] keys, int[][] keyIdsByDoc) {
        }

        private static final int[] NONE = new int[0];

        static Tables build(IndexReader reader) throws IOException {
            Map<String, Column> columns = new HashMap<>();
            for (Map.Entry<String, Function<EntityValueOrRaw, String>> field : FIELDS.entrySet()) {
                Map<String, Integer> ids = new LinkedHashMap<>();
                int[][] byDoc = new int[reader.maxDoc()][];
                java.util.Arrays.fill(byDoc, NONE);
                for (LeafReaderContext leaf : reader.leaves()) {
                    SortedSetDocValues values = DocValues.getSortedSet(leaf.reader(), field.getKey());
                    int[] idByOrd = new int[Math.toIntExact(values.getValueCount())];
                    for (int ord = 0; ord < idByOrd.length; ord++) {
                        String key = field.getValue().apply(new EntityValueOrRaw(values.lookupOrd(ord).utf8ToString()));
                        idByOrd[ord] = ids.computeIfAbsent(key, k -> ids.size());
                    }
                    for (int doc = values.nextDoc(); doc != DocIdSetIterator.NO_MORE_DOCS; doc = values.nextDoc()) {
                        int[] keyIds = new int[values.docValueCount()];
                        for (int i = 0; i < keyIds.length; i++) {
                            keyIds[i] = idByOrd[(int) values.nextOrd()];
                        }
                        byDoc[leaf.docBase + doc] = keyIds;
                    }
                }
                columns.put(field.getKey(), new Column(ids.keySet().toArray(String[]::new), byDoc));
            }
            return new Tables(reader, columns);
        }

        /** Key → number of matching documents holding a value with that key (a doc counted once per value). */
        Map<String, Integer> count(IndexSearcher searcher, FixedBitSet matches, String field) {
            Column column = columns.get(field);
            int[] counts = new int[column.keys().length];
            int[][] byDoc = column.keyIdsByDoc();
            BitSetIterator it = new BitSetIterator(matches, 0);
            for (int doc = it.nextDoc(); doc < byDoc.length; doc = it.nextDoc()) {
                for (int id : byDoc[doc]) {
                    counts[id]++;
                }
            }
            Map<String, Integer> byKey = new HashMap<>();
            for (int id = 0; id < counts.length; id++) {
                if (counts[id] > 0) {
                    byKey.put(column.keys()[id], counts[id]);
                }
            }
            return byKey;
        }
    }
}
