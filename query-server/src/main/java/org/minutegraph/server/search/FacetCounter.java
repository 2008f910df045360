package org.minutegraph.server.search;

import java.io.IOException;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

import org.apache.lucene.index.DocValues;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.SortedSetDocValues;
import org.apache.lucene.search.DocIdSetIterator;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.util.BitSetIterator;
import org.apache.lucene.util.FixedBitSet;

/**
 * Counts sorted-set doc values over a set of matching documents: per segment by ordinal, then
 * merged by value. No taxonomy index and no global ordinals to build, so a fresh searcher counts
 * at once.
 */
final class FacetCounter {

    private FacetCounter() {
    }

    /** Raw value → number of matching documents holding it. */
    static Map<String, Integer> count(IndexSearcher searcher, FixedBitSet matches, String field) throws IOException {
        Map<String, Integer> counts = new HashMap<>();
        for (LeafReaderContext leaf : searcher.getIndexReader().leaves()) {
            SortedSetDocValues values = DocValues.getSortedSet(leaf.reader(), field);
            if (values.getValueCount() == 0) {
                continue;
            }
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
            for (int ord = 0; ord < perOrd.length; ord++) {
                if (perOrd[ord] > 0) {
                    counts.merge(values.lookupOrd(ord).utf8ToString(), perOrd[ord], Integer::sum);
                }
            }
        }
        return counts;
    }

    /** The {@code size} largest counts, keyed by {@code key} of the raw value, largest first. */
    static Map<String, Integer> top(Map<String, Integer> counts, int size, Function<String, String> key) {
        Map<String, Integer> byKey = new HashMap<>();
        counts.forEach((raw, n) -> byKey.merge(key.apply(raw), n, Integer::sum));
        List<Map.Entry<String, Integer>> sorted = byKey.entrySet().stream()
                .sorted(Map.Entry.<String, Integer>comparingByValue(Comparator.reverseOrder()).thenComparing(Map.Entry.comparingByKey()))
                .limit(size)
                .toList();
        Map<String, Integer> out = new LinkedHashMap<>();
        sorted.forEach(e -> out.put(e.getKey(), e.getValue()));
        return out;
    }
}
