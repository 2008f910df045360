package org.minutegraph.server.sparql;

import io.javalin.config.JavalinConfig;
import io.javalin.http.Context;
import java.io.ByteArrayOutputStream;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Objects;
import java.util.function.Consumer;
import java.util.function.Supplier;
import org.apache.jena.query.Query;
import org.apache.jena.query.QueryFactory;
import org.apache.jena.query.QueryParseException;
import org.apache.jena.query.Syntax;
import org.apache.jena.riot.RDFDataMgr;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.update.UpdateFactory;
import org.minutegraph.server.web.http.ApiException;
import org.minutegraph.server.web.http.BadRequestException;
import org.minutegraph.server.web.http.NotAcceptableException;
import org.minutegraph.server.web.http.QueryTimeoutException;
import org.minutegraph.server.web.http.ReadOnlyException;
import org.minutegraph.server.web.http.RouteModule;

/**
 * The read-only SPARQL 1.1 Protocol endpoint: {@code GET|POST /sparql} for queries, and refusals
 * for every way of asking for an update ({@code /update}, {@code update=},
 * {@code application/sparql-update}).
 */
public final class SparqlEndpoint implements RouteModule {

    /** Where the endpoint is served. */
    public static final String PATH = "/sparql";

    private final SparqlConfig config;
    private final SparqlMonitor monitor;
    private final ProtocolRequestReader reader;
    private final QueryRunner runner;
    private final QuerySlots slots;
    private final List<ExampleQuery> examples;
    private final Optional<ResponseCache> cache;

    public SparqlEndpoint(Supplier<DatasetGraph> datasets, SparqlConfig config, SparqlMonitor monitor) {
        this(datasets, config, monitor, context -> { });
    }

    /**
     * @param queryContext adds settings to the context of every query run here, e.g.
     *                     {@code c -> SearchFunction.install(c, textSearch)} for {@code mg:search}
     */
    public SparqlEndpoint(Supplier<DatasetGraph> datasets, SparqlConfig config, SparqlMonitor monitor,
                          Consumer<org.apache.jena.sparql.util.Context> queryContext) {
        this(datasets, config, monitor, queryContext, null);
    }

    /**
     * @param dataVersion the store's data version, which changes with every write; when given,
     *                    finished answers are cached until it changes (null: no cache)
     */
    public SparqlEndpoint(Supplier<DatasetGraph> datasets, SparqlConfig config, SparqlMonitor monitor,
                          Consumer<org.apache.jena.sparql.util.Context> queryContext, java.util.function.LongSupplier dataVersion) {
        Objects.requireNonNull(datasets, "datasets");
        this.config = Objects.requireNonNull(config, "config");
        this.monitor = Objects.requireNonNull(monitor, "monitor");
        this.reader = new ProtocolRequestReader(config.maxQueryBytes(), config.maxRequestBytes());
        var extra = new org.apache.jena.sparql.util.Context();
        queryContext.accept(extra);
        this.runner = new QueryRunner(datasets, config, extra);
        this.slots = new QuerySlots(config, monitor);
        this.examples = ExampleQueries.load();
        this.cache = Optional.ofNullable(dataVersion).map(ResponseCache::new);
    }

    @Override
    public void register(JavalinConfig javalin) {
        javalin.routes.get(PATH, this::handle);
        javalin.routes.post(PATH, this::handle);
        for (String path : List.of("/update", PATH + "/update")) {
            javalin.routes.get(path, this::refuseUpdate);
            javalin.routes.post(path, this::refuseUpdate);
        }
    }

    private void refuseUpdate(Context ctx) {
        monitor.rejected("read_only");
        throw new ReadOnlyException("This server is read-only: SPARQL Update is not accepted at " + ctx.path());
    }

    private void handle(Context ctx) {
        try {
            SparqlRequest request = reader.read(ctx);
            ctx.res().addHeader("Vary", "Accept"); // added to, not replacing, CORS's Vary: Origin
            if (request.query().isEmpty()) {
                answerWithoutQuery(ctx, request);
                return;
            }
            Query query = parse(request.query().get());
            ServiceRefusal.check(query);
            ResultFormat.Kind kind = query.isSelectType() || query.isAskType() ? ResultFormat.Kind.RESULTS : ResultFormat.Kind.GRAPH;
            String mediaType = negotiate(kind, request, ctx.header("Accept"));
            ResultFormat format = ResultFormat.byMediaType(kind, mediaType).orElseThrow();
            long start = System.nanoTime();
            Optional<ResponseCache.Key> key = cache.map(c -> c.key(request, mediaType));
            Optional<SparqlResponse> cached = key.flatMap(k -> cache.get().get(k));
            Duration timeout = timeout(request);
            SparqlResponse response = cached.orElseGet(() -> slots.run(left -> runner.run(query, request, format, mediaType, left), timeout));
            if (cached.isEmpty()) {
                key.ifPresent(k -> cache.get().put(k, response));
            }
            monitor.executed(response.form(), Duration.ofNanos(System.nanoTime() - start));
            ctx.status(200).contentType(response.contentType()).result(response.body());
        } catch (QueryTimeoutException e) {
            monitor.timedOut();
            throw e;
        } catch (ApiException e) {
            monitor.rejected(e.error());
            throw e;
        }
    }

    private Query parse(String text) {
        if (text.isBlank()) {
            throw new BadRequestException("The query is empty");
        }
        try {
            return QueryFactory.create(text, Syntax.syntaxARQ);
        } catch (QueryParseException e) {
            String hint = looksLikeUpdate(text) ? " (this is SPARQL Update, which this read-only endpoint refuses)" : "";
            throw new BadRequestException("query_syntax", "Query syntax error: " + e.getMessage() + hint);
        }
    }

    private static boolean looksLikeUpdate(String text) {
        try {
            UpdateFactory.create(text);
            return true;
        } catch (RuntimeException e) {
            return false;
        }
    }

    private Duration timeout(SparqlRequest request) {
        if (request.timeout().isEmpty()) {
            return config.timeout();
        }
        Duration asked = TimeoutParameter.parse(request.timeout().get());
        return asked.compareTo(config.maxTimeout()) < 0 ? asked : config.maxTimeout();
    }

    static String negotiate(ResultFormat.Kind kind, SparqlRequest request, String accept) {
        if (request.format().isPresent()) {
            String name = request.format().get();
            return ResultFormat.byName(kind, name).map(ResultFormat::mediaType)
                    .orElseThrow(() -> new NotAcceptableException("format=" + name + " is not available for this query; use one of "
                            + names(kind)));
        }
        return AcceptHeader.parse(accept).choose(ResultFormat.mediaTypesOf(kind))
                .orElseThrow(() -> new NotAcceptableException("None of the accepted types (" + accept
                        + ") can be produced for this query; acceptable: " + String.join(", ", ResultFormat.mediaTypesOf(kind))));
    }

    private static String names(ResultFormat.Kind kind) {
        List<String> names = new ArrayList<>();
        ResultFormat.of(kind).forEach(f -> names.addAll(f.names()));
        return String.join(", ", names);
    }

    /** No query: a browser gets the query page, an RDF client the service description. */
    private void answerWithoutQuery(Context ctx, SparqlRequest request) {
        if (!request.bare()) {
            throw new BadRequestException("missing_query", "Missing 'query' parameter: send ?query=... (GET), a form field query=..."
                    + " or an application/sparql-query body (POST)");
        }
        List<String> offered = new ArrayList<>();
        offered.add("text/html");
        offered.addAll(ResultFormat.mediaTypesOf(ResultFormat.Kind.GRAPH));
        String chosen = AcceptHeader.parse(ctx.header("Accept")).choose(offered)
                .orElseThrow(() -> new BadRequestException("missing_query", "Missing 'query' parameter; without one, "
                        + PATH + " offers its service description as RDF or its query page as text/html"));
        if (chosen.equals("text/html")) {
            ctx.status(200).contentType("text/html; charset=utf-8").result(QueryPage.render(PATH, examples));
            return;
        }
        ResultFormat format = ResultFormat.byMediaType(ResultFormat.Kind.GRAPH, chosen).orElseThrow();
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        RDFDataMgr.write(out, ServiceDescription.describe(endpointUrl(ctx), config.unionDefaultGraph()), format.rdfFormat());
        ctx.status(200).contentType(QueryRunner.contentType(chosen)).result(out.toByteArray());
    }

    private static String endpointUrl(Context ctx) {
        String url = ctx.url();
        return url.endsWith("/") ? url.substring(0, url.length() - 1) : url;
    }
}
