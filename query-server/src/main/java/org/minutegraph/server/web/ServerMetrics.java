package org.minutegraph.server.web;

import io.javalin.http.Context;
import io.javalin.router.Endpoint;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.LongAdder;
import java.util.stream.Stream;
import org.minutegraph.server.sparql.SparqlMonitor;

/**
 * Counters and latencies of one server, rendered in the Prometheus text format (version 0.0.4).
 * Routes are labelled by their pattern ({@code /sparql}), never by the raw path, so the number
 * of series stays bounded.
 */
final class ServerMetrics implements SparqlMonitor {

    private final Map<String, LongAdder> requests = new ConcurrentHashMap<>();
    private final Map<String, LatencyHistogram> latencies = new ConcurrentHashMap<>();
    private final Map<String, LongAdder> sparqlQueries = new ConcurrentHashMap<>();
    private final Map<String, LongAdder> sparqlRejections = new ConcurrentHashMap<>();
    private final LongAdder sparqlTimeouts = new LongAdder();
    private final AtomicInteger sparqlRunning = new AtomicInteger();
    /** Counted at start and again after each re-ingest, never on a request. */
    private final java.util.concurrent.atomic.AtomicLong storeTriples;
    private final Optional<Path> storeDirectory;

    ServerMetrics(long storeTriples, Optional<Path> storeDirectory) {
        this.storeTriples = new java.util.concurrent.atomic.AtomicLong(storeTriples);
        this.storeDirectory = storeDirectory;
    }

    /** Records one finished request; called by Javalin's request logger after error mapping. */
    void record(Context ctx, float millis) {
        String route = route(ctx);
        String statusClass = (ctx.statusCode() / 100) + "xx";
        String method = ctx.method().name();
        requests.computeIfAbsent(label("route", route) + "," + label("method", method) + "," + label("status", statusClass),
                k -> new LongAdder()).increment();
        latencies.computeIfAbsent(label("route", route), k -> new LatencyHistogram()).observe(millis / 1000.0);
    }

    private static String route(Context ctx) {
        try {
            Endpoint endpoint = ctx.endpoints().matchedHttpEndpoint();
            return endpoint == null ? "unmatched" : endpoint.path;
        } catch (RuntimeException e) {
            return "unmatched";
        }
    }

    @Override
    public void executed(String form, Duration elapsed) {
        sparqlQueries.computeIfAbsent(label("form", form), k -> new LongAdder()).increment();
    }

    @Override
    public void timedOut() {
        sparqlTimeouts.increment();
    }

    @Override
    public void rejected(String reason) {
        sparqlRejections.computeIfAbsent(label("reason", reason), k -> new LongAdder()).increment();
    }

    @Override
    public void started() {
        sparqlRunning.incrementAndGet();
    }

    @Override
    public void ended() {
        sparqlRunning.decrementAndGet();
    }

    long storeTriples() {
        return storeTriples.get();
    }

    /** The triples of the store now served (after a re-ingest). */
    void storeTriples(long count) {
        storeTriples.set(count);
    }

    /** The whole exposition, one metric family after another. */
    String render() {
        StringBuilder out = new StringBuilder();
        family(out, "minutegraph_http_requests_total", "counter", "HTTP requests by route, method and status class.");
        new TreeMap<>(requests).forEach((labels, n) -> sample(out, "minutegraph_http_requests_total", labels, n.sum()));
        family(out, "minutegraph_http_request_duration_seconds", "histogram", "Time to answer HTTP requests, by route.");
        new TreeMap<>(latencies).forEach((labels, h) -> histogram(out, labels, h));
        family(out, "minutegraph_sparql_queries_total", "counter", "SPARQL queries answered, by query form.");
        new TreeMap<>(sparqlQueries).forEach((labels, n) -> sample(out, "minutegraph_sparql_queries_total", labels, n.sum()));
        family(out, "minutegraph_sparql_timeouts_total", "counter", "SPARQL queries stopped at their time limit.");
        sample(out, "minutegraph_sparql_timeouts_total", "", sparqlTimeouts.sum());
        family(out, "minutegraph_sparql_rejections_total", "counter",
                "SPARQL requests refused, by reason (read_only, bad_request, not_acceptable, query_too_expensive, busy, ...).");
        new TreeMap<>(sparqlRejections).forEach((labels, n) -> sample(out, "minutegraph_sparql_rejections_total", labels, n.sum()));
        family(out, "minutegraph_sparql_running_queries", "gauge", "SPARQL queries running now (each holds one of the endpoint's slots).");
        sample(out, "minutegraph_sparql_running_queries", "", sparqlRunning.get());
        family(out, "minutegraph_store_triples", "gauge", "Triples in the union of the named graphs, counted at start and after each re-ingest.");
        sample(out, "minutegraph_store_triples", "", storeTriples.get());
        storeDirectory.ifPresent(dir -> {
            family(out, "minutegraph_store_bytes", "gauge", "Bytes on disk in the store directory.");
            sample(out, "minutegraph_store_bytes", "", directorySize(dir));
        });
        return out.toString();
    }

    private static void histogram(StringBuilder out, String labels, LatencyHistogram h) {
        String name = "minutegraph_http_request_duration_seconds";
        for (int i = 0; i < LatencyHistogram.BOUNDS.length; i++) {
            sample(out, name + "_bucket", labels + "," + label("le", number(LatencyHistogram.BOUNDS[i])), h.bucket(i));
        }
        sample(out, name + "_bucket", labels + "," + label("le", "+Inf"), h.count());
        out.append(name).append("_sum{").append(labels).append("} ").append(number(h.sum())).append('\n');
        sample(out, name + "_count", labels, h.count());
    }

    private static void family(StringBuilder out, String name, String type, String help) {
        out.append("# HELP ").append(name).append(' ').append(help).append('\n');
        out.append("# TYPE ").append(name).append(' ').append(type).append('\n');
    }

    private static void sample(StringBuilder out, String name, String labels, long value) {
        out.append(name);
        if (!labels.isEmpty()) {
            out.append('{').append(labels).append('}');
        }
        out.append(' ').append(value).append('\n');
    }

    private static String label(String name, String value) {
        return name + "=\"" + value.replace("\\", "\\\\").replace("\"", "\\\"").replace("\n", "\\n") + "\"";
    }

    private static String number(double value) {
        return String.format(Locale.ROOT, "%s", value);
    }

    private static long directorySize(Path dir) {
        if (!Files.isDirectory(dir)) {
            return 0;
        }
        try (Stream<Path> files = Files.walk(dir)) {
            return files.filter(Files::isRegularFile).mapToLong(f -> {
                try {
                    return Files.size(f);
                } catch (IOException e) {
                    return 0;
                }
            }).sum();
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot measure the store directory " + dir, e);
        }
    }
}
