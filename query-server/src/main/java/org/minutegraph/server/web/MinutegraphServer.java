package org.minutegraph.server.web;

import io.javalin.Javalin;
import java.net.URI;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Consumer;
import java.util.function.Supplier;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.util.Context;
import org.apache.jena.system.Txn;
import org.minutegraph.server.sparql.SparqlConfig;
import org.minutegraph.server.sparql.SparqlEndpoint;
import org.minutegraph.server.web.http.RouteModule;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The Minutegraph HTTP server: the SPARQL endpoint, health and metrics, plus whatever {@link
 * RouteModule}s are added. Read-only; binds 127.0.0.1 unless told otherwise.
 *
 * <pre>{@code
 * try (MinutegraphServer server = MinutegraphServer.create().dataset(dsg).port(0).build().start()) {
 *     URI sparql = server.uri().resolve("/sparql");
 * }
 * }</pre>
 */
public final class MinutegraphServer implements AutoCloseable {

    private static final Logger LOG = LoggerFactory.getLogger(MinutegraphServer.class);
    // Request line and headers: room for a GET with a long query (as Fuseki allows); longer ones go by POST.
    private static final int MAX_REQUEST_HEAD_BYTES = 512 * 1024;

    private final Builder settings;
    private Javalin app;
    /** The metrics of the running server; null before it starts. */
    private volatile ServerMetrics metrics;

    private MinutegraphServer(Builder settings) {
        this.settings = settings;
    }

    /** Starts configuring a server. */
    public static Builder create() {
        return new Builder();
    }

    /** Counts the store, binds the port and starts serving; returns this server. */
    public synchronized MinutegraphServer start() {
        if (app != null) {
            throw new ServerConfigException("This server is already started on port " + port());
        }
        long triples = countTriples(settings.datasets.get());
        ServerMetrics metrics = new ServerMetrics(triples, Optional.ofNullable(settings.storeDirectory));
        this.metrics = metrics;
        List<RouteModule> modules = new ArrayList<>();
        modules.add(new SparqlEndpoint(settings.datasets, settings.sparql, metrics, settings.queryContext, settings.dataVersion));
        modules.addAll(settings.modules);
        Javalin created = Javalin.create(config -> {
            config.startup.showJavalinBanner = false;
            config.concurrency.useVirtualThreads = true;
            config.http.prefer405over404 = true;
            config.router.ignoreTrailingSlashes = true;
            config.staticFiles.enableWebjars();
            config.requestLogger.http(metrics::record);
            config.http.maxRequestSize = settings.sparql.maxRequestBytes();
            config.jetty.modifyHttpConfiguration(http -> http.setRequestHeaderSize(MAX_REQUEST_HEAD_BYTES));
            config.jetty.modifyServer(server -> server.setErrorHandler(new JettyErrors(MAX_REQUEST_HEAD_BYTES)));
            ErrorMapping.register(config.routes);
            settings.access.register(config, settings.host);
            OperationsRoutes.register(config.routes, metrics);
            modules.forEach(module -> module.register(config));
        });
        try {
            created.start(settings.host, settings.port);
        } catch (RuntimeException e) {
            created.stop();
            throw new ServerConfigException("Cannot listen on " + settings.host + ":" + settings.port
                    + " (" + e.getMessage() + "); choose another host or port, or 0 for any free port", e);
        }
        app = created;
        LOG.info("Minutegraph server on http://{}:{}/ ({} triples)", settings.host, port(), triples);
        return this;
    }

    /** The port actually bound (useful with port 0). */
    public synchronized int port() {
        if (app == null) {
            throw new IllegalStateException("The server is not started");
        }
        return app.port();
    }

    /** The host the server binds. */
    public String host() {
        return settings.host;
    }

    /** {@code http://host:port/} of the running server. */
    public URI uri() {
        String host = settings.host.contains(":") ? "[" + settings.host + "]" : settings.host;
        return URI.create("http://" + host + ":" + port() + "/");
    }

    /** Counts the store again for {@code /health} and {@code /metrics}, after an ingest changed it. */
    public void recount() {
        ServerMetrics current = metrics;
        if (current != null) {
            current.storeTriples(countTriples(settings.datasets.get()));
        }
    }

    /** Stops serving; safe to call twice. */
    public synchronized void stop() {
        if (app != null) {
            app.stop();
            app = null;
        }
    }

    @Override
    public void close() {
        stop();
    }

    private static long countTriples(DatasetGraph dsg) {
        return Txn.calculateRead(dsg, () -> dsg.getUnionGraph().size());
    }

    /** Settings of a server; {@link #build()} checks them. */
    public static final class Builder {

        private Supplier<DatasetGraph> datasets;
        private String host = "127.0.0.1";
        private int port = 8080;
        private SparqlConfig sparql = SparqlConfig.defaults();
        private HttpAccess access = HttpAccess.defaults();
        private Path storeDirectory;
        private Consumer<Context> queryContext = context -> { };
        private java.util.function.LongSupplier dataVersion;
        private final List<RouteModule> modules = new ArrayList<>();

        private Builder() {
        }

        /** The dataset to serve (opened by the caller, who also closes it). */
        public Builder dataset(DatasetGraph dataset) {
            Objects.requireNonNull(dataset, "dataset");
            this.datasets = () -> dataset;
            return this;
        }

        /** A supplier asked for the current dataset on each query, for stores that are swapped while serving. */
        public Builder dataset(Supplier<DatasetGraph> datasets) {
            this.datasets = Objects.requireNonNull(datasets, "datasets");
            return this;
        }

        /** The store directory, measured for {@code minutegraph_store_bytes}; optional. */
        public Builder storeDirectory(Path directory) {
            this.storeDirectory = Objects.requireNonNull(directory, "directory");
            return this;
        }

        /** The interface to bind; 127.0.0.1 by default, 0.0.0.0 to be reachable from other machines. */
        public Builder host(String host) {
            this.host = Objects.requireNonNull(host, "host");
            return this;
        }

        /** The port to bind; 0 picks a free one (see {@link MinutegraphServer#port()}). */
        public Builder port(int port) {
            this.port = port;
            return this;
        }

        /** CORS origins and accepted host names; by default no CORS, and loopback names only on a loopback address. */
        public Builder access(HttpAccess access) {
            this.access = Objects.requireNonNull(access, "access");
            return this;
        }

        public Builder sparql(SparqlConfig sparql) {
            this.sparql = Objects.requireNonNull(sparql, "sparql");
            return this;
        }

        /** Adds settings to every SPARQL query's context, e.g. {@code c -> SearchFunction.install(c, textSearch)}. */
        /** The store's data version (e.g. the ingest generation): SPARQL answers are cached until it changes. */
        public Builder dataVersion(java.util.function.LongSupplier version) {
            this.dataVersion = Objects.requireNonNull(version, "version");
            return this;
        }

        public Builder queryContext(Consumer<Context> customiser) {
            this.queryContext = Objects.requireNonNull(customiser, "customiser");
            return this;
        }

        /** Adds a feature's routes (search, who, timeline, pages...). */
        public Builder routes(RouteModule module) {
            modules.add(Objects.requireNonNull(module, "module"));
            return this;
        }

        /** Checks the settings; throws {@link ServerConfigException} saying what to fix. */
        public MinutegraphServer build() {
            if (datasets == null) {
                throw new ServerConfigException("No dataset to serve: call dataset(DatasetGraph) or dataset(Supplier) before build()");
            }
            if (port < 0 || port > 65535) {
                throw new ServerConfigException("Port " + port + " is out of range: use 1-65535, or 0 for any free port");
            }
            if (host.isBlank()) {
                throw new ServerConfigException("The host is blank: use 127.0.0.1 (this machine only) or 0.0.0.0 (all interfaces)");
            }
            Builder copy = new Builder();
            copy.datasets = datasets;
            copy.host = host;
            copy.port = port;
            copy.sparql = sparql;
            copy.access = access;
            copy.storeDirectory = storeDirectory;
            copy.queryContext = queryContext;
            copy.dataVersion = dataVersion;
            copy.modules.addAll(modules);
            return new MinutegraphServer(copy);
        }
    }
}
