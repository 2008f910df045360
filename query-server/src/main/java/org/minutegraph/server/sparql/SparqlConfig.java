package org.minutegraph.server.sparql;

import java.time.Duration;
import java.util.Objects;

/**
 * Limits and behaviour of the SPARQL endpoint.
 *
 * @param timeout           time a query may run when the request names no {@code timeout}
 * @param maxTimeout        ceiling on any request's {@code timeout} parameter: a query may lower its
 *                          limit, never raise it above this
 * @param maxResults        most rows (SELECT) or triples (CONSTRUCT/DESCRIBE) one answer may hold
 * @param maxQueryBytes     longest accepted query text, in UTF-8 bytes (analysts send large VALUES lists)
 * @param unionDefaultGraph whether the default graph is the union of all named graphs (the store
 *                          keeps one named graph per minutes file, so this is the useful default)
 * @param maxBindings       most intermediate results (bindings leaving any stage of the plan) one
 *                          query may produce; bounds what ORDER BY, GROUP BY or DISTINCT hold in memory
 * @param maxConcurrentQueries most queries running at once; more wait briefly, then get 503 + Retry-After
 */
public record SparqlConfig(Duration timeout, Duration maxTimeout, long maxResults, int maxQueryBytes,
                           boolean unionDefaultGraph, long maxBindings, int maxConcurrentQueries) {

    public static final Duration DEFAULT_TIMEOUT = Duration.ofSeconds(10);
    public static final long DEFAULT_MAX_RESULTS = 100_000;
    public static final int DEFAULT_MAX_QUERY_BYTES = 1024 * 1024;
    public static final long DEFAULT_MAX_BINDINGS = 1_000_000;
    public static final int DEFAULT_MAX_CONCURRENT_QUERIES = 2;

    public SparqlConfig {
        Objects.requireNonNull(timeout, "timeout");
        Objects.requireNonNull(maxTimeout, "maxTimeout");
        if (timeout.isNegative() || timeout.isZero()) {
            throw new IllegalArgumentException("SPARQL timeout must be positive, was " + timeout);
        }
        if (maxTimeout.compareTo(timeout) < 0) {
            throw new IllegalArgumentException("SPARQL maxTimeout (" + maxTimeout
                    + ") must be at least the default timeout (" + timeout + ")");
        }
        if (maxResults < 1) {
            throw new IllegalArgumentException("SPARQL maxResults must be at least 1, was " + maxResults);
        }
        if (maxQueryBytes < 16) {
            throw new IllegalArgumentException("SPARQL maxQueryBytes must be at least 16, was " + maxQueryBytes);
        }
        if (maxBindings < 1) {
            throw new IllegalArgumentException("SPARQL maxBindings must be at least 1, was " + maxBindings);
        }
        if (maxConcurrentQueries < 1) {
            throw new IllegalArgumentException("SPARQL maxConcurrentQueries must be at least 1, was " + maxConcurrentQueries);
        }
    }

    /**
     * 10 s per query (also the ceiling), 100,000 results, 1 MB queries, union default graph,
     * a million intermediate results per query, 2 queries at once (the cores of the VM it was sized on).
     */
    public static SparqlConfig defaults() {
        return new SparqlConfig(DEFAULT_TIMEOUT, DEFAULT_TIMEOUT, DEFAULT_MAX_RESULTS, DEFAULT_MAX_QUERY_BYTES, true,
                DEFAULT_MAX_BINDINGS, DEFAULT_MAX_CONCURRENT_QUERIES);
    }

    /**
     * Longest request body the endpoint reads: a form-encoded query of {@link #maxQueryBytes()}
     * grows at most threefold ({@code %XX} per byte), plus room for the other parameters.
     */
    public long maxRequestBytes() {
        return 3L * maxQueryBytes + 64 * 1024;
    }

    /** Sets the default timeout, raising the ceiling to it if needed. */
    public SparqlConfig withTimeout(Duration newTimeout) {
        Objects.requireNonNull(newTimeout, "timeout");
        Duration ceiling = maxTimeout.compareTo(newTimeout) < 0 ? newTimeout : maxTimeout;
        return new SparqlConfig(newTimeout, ceiling, maxResults, maxQueryBytes, unionDefaultGraph, maxBindings, maxConcurrentQueries);
    }

    public SparqlConfig withMaxTimeout(Duration newMaxTimeout) {
        return new SparqlConfig(timeout, newMaxTimeout, maxResults, maxQueryBytes, unionDefaultGraph, maxBindings, maxConcurrentQueries);
    }

    public SparqlConfig withMaxResults(long newMaxResults) {
        return new SparqlConfig(timeout, maxTimeout, newMaxResults, maxQueryBytes, unionDefaultGraph, maxBindings, maxConcurrentQueries);
    }

    public SparqlConfig withMaxQueryBytes(int newMaxQueryBytes) {
        return new SparqlConfig(timeout, maxTimeout, maxResults, newMaxQueryBytes, unionDefaultGraph, maxBindings, maxConcurrentQueries);
    }

    public SparqlConfig withUnionDefaultGraph(boolean union) {
        return new SparqlConfig(timeout, maxTimeout, maxResults, maxQueryBytes, union, maxBindings, maxConcurrentQueries);
    }

    public SparqlConfig withMaxBindings(long newMaxBindings) {
        return new SparqlConfig(timeout, maxTimeout, maxResults, maxQueryBytes, unionDefaultGraph, newMaxBindings, maxConcurrentQueries);
    }

    public SparqlConfig withMaxConcurrentQueries(int newMaxConcurrentQueries) {
        return new SparqlConfig(timeout, maxTimeout, maxResults, maxQueryBytes, unionDefaultGraph, maxBindings, newMaxConcurrentQueries);
    }
}
