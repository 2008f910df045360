package org.minutegraph.server.sparql;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.LongSupplier;

/**
 * Recent finished answers of a read-only endpoint, keyed by the request and the store's data
 * version: an aggregation that an analyst's notebook asks again costs nothing until the next ingest
 * changes the data. Only complete answers are kept (never a timeout), and only small ones.
 */
final class ResponseCache {

    /** Everything an answer depends on. */
    record Key(String query, List<String> defaultGraphs, List<String> namedGraphs, String mediaType, long version) {
    }

    private static final int MAX_ENTRIES = 256;
    private static final int MAX_BODY_BYTES = 1 << 20;

    private final LongSupplier version;
    private final Map<Key, SparqlResponse> entries = new LinkedHashMap<>(MAX_ENTRIES * 2, 0.75f, true) {
        @Override
        protected boolean removeEldestEntry(Map.Entry<Key, SparqlResponse> eldest) {
            return size() > MAX_ENTRIES;
        }
    };

    /** @param version the store's data version; a new value makes every cached answer stale */
    ResponseCache(LongSupplier version) {
        this.version = version;
    }

    Key key(SparqlRequest request, String mediaType) {
        return new Key(request.query().orElse(""), request.defaultGraphs(), request.namedGraphs(), mediaType, version.getAsLong());
    }

    synchronized Optional<SparqlResponse> get(Key key) {
        return Optional.ofNullable(entries.get(key));
    }

    synchronized void put(Key key, SparqlResponse response) {
        if (response.body().length <= MAX_BODY_BYTES) {
            entries.put(key, response);
        }
    }
}
