package org.minutegraph.server.search;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.Supplier;

import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.search.IndexSearcher;

/**
 * Recent answers, like Solr's query result cache: the same request against the same index
 * snapshot gets the same answer, so it is computed once. A new snapshot (an ingest committed and
 * the index refreshed) empties the cache. Bounded, least recently used first out; thread-safe.
 */
final class ResultCache<K, V> {

    private final int capacity;
    private final Map<K, V> entries;
    private long version = -1;

    ResultCache(int capacity) {
        this.capacity = capacity;
        this.entries = new LinkedHashMap<>(capacity * 2, 0.75f, true) {
            @Override
            protected boolean removeEldestEntry(Map.Entry<K, V> eldest) {
                return size() > ResultCache.this.capacity;
            }
        };
    }

    /** The cached answer for {@code key} on this searcher's snapshot, computing (outside the lock) when missing. */
    V get(IndexSearcher searcher, K key, Supplier<V> compute) {
        long snapshot = searcher.getIndexReader() instanceof DirectoryReader r ? r.getVersion() : -2;
        synchronized (this) {
            if (snapshot != version) {
                entries.clear();
                version = snapshot;
            }
            V hit = entries.get(key);
            if (hit != null) {
                return hit;
            }
        }
        if (capacity == 0) {
            return compute.get();
        }
        V value = compute.get();
        synchronized (this) {
            if (snapshot == version && capacity > 0) {
                entries.put(key, value);
            }
        }
        return value;
    }
}
