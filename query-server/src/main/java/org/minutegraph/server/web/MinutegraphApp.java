package org.minutegraph.server.web;

import java.net.URI;
import java.time.Duration;
import java.util.Objects;
import java.util.Optional;

import org.minutegraph.ingest.index.Embedder;
import org.minutegraph.ingest.index.MiniLmEmbedder;
import org.minutegraph.ingest.store.MinutegraphStore;
import org.minutegraph.ingest.store.StoreLayout;
import org.minutegraph.server.search.SearchServices;
import org.minutegraph.server.services.Minutegraph;
import org.minutegraph.server.services.MinutegraphConfig;
import org.minutegraph.server.web.pages.PageRoutes;
import org.minutegraph.server.web.pages.SiteServices;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The whole web application over one store: SPARQL, the JSON API and the pages. Opens the store,
 * the index and the services once; answers lexically at once and switches to hybrid search when
 * the embedding model has loaded in the background (only if the index has embeddings).
 *
 * <pre>{@code
 * try (MinutegraphApp app = MinutegraphApp.start(AppConfig.of(storeDir).withPort(0))) {
 *     URI home = app.uri();
 * }
 * }</pre>
 */
public final class MinutegraphApp implements AutoCloseable {

    private static final Logger LOG = LoggerFactory.getLogger(MinutegraphApp.class);
    /** How long stopping waits for a model load under way: loading takes 1-3 s, several times that on a busy machine. */
    private static final Duration LOAD_WAIT = Duration.ofSeconds(30);

    private final StoreLayout layout;
    private final Minutegraph minutegraph;
    private final ModelLifecycle model;
    private final MinutegraphServer server;

    private MinutegraphApp(AppConfig config) {
        long start = System.nanoTime();
        this.layout = new StoreLayout(config.storeDirectory());
        // Graph queries of who, timeline and pages stop where SPARQL queries do.
        this.minutegraph = Minutegraph.open(layout, MinutegraphConfig.of(config.iris()).withGraphTimeout(config.sparql().timeout()));
        try {
            SearchServices search = minutegraph.search();
            SiteServices services = new SiteServices(minutegraph.graph(), () -> search, minutegraph.passages(), config.iris(),
                    config.sourceBaseUrl());
            MinutegraphStore store = minutegraph.store();
            this.server = MinutegraphServer.create()
                    .dataset(minutegraph.datasetGraph())
                    .storeDirectory(config.storeDirectory())
                    .host(config.host())
                    .port(config.port())
                    .sparql(config.sparql())
                    .access(config.access())
                    .queryContext(minutegraph::installSearch)
                    .dataVersion(store::generation)
                    .routes(new ApiRoutes(services))
                    .routes(new PageRoutes(services))
                    .build()
                    .start();
        } catch (RuntimeException e) {
            minutegraph.close();
            throw e;
        }
        this.model = minutegraph.index().hasEmbeddings()
                ? ModelLifecycle.start(() -> MiniLmEmbedder.load(2), minutegraph::useEmbedder, LOAD_WAIT) : null;
        LOG.info("Minutegraph ready on {} in {} ms ({})", server.uri(), (System.nanoTime() - start) / 1_000_000,
                model == null ? "lexical search" : "lexical search, hybrid once the model has loaded");
    }

    /** Opens the store in {@code config} and starts serving it; close the result to stop. */
    public static MinutegraphApp start(AppConfig config) {
        return new MinutegraphApp(Objects.requireNonNull(config, "config"));
    }

    /** {@code http://host:port/} of the running app. */
    public URI uri() {
        return server.uri();
    }

    /** The port actually bound (useful with port 0). */
    public int port() {
        return server.port();
    }

    /** Whether this app serves the data directory that is now the store in its directory (a rebuild writes a new one). */
    public boolean servesCurrent() {
        return layout.equals(new StoreLayout(layout.dir()));
    }

    /** Makes what an ingest committed since the last refresh visible to search (the graph sees it at once) and to the counts of /health. */
    public void refresh() {
        minutegraph.refresh();
        server.recount();
    }

    /** Whether search is hybrid yet (false for a lexical-only index, while the model loads, and once stopped). */
    public boolean semantic() {
        return model != null && model.ready().isPresent();
    }

    /**
     * The embedding model the server searches with, waiting up to {@code wait} while it loads, for an
     * ingest in this process to share (one model in memory; closing it on stop cancels that ingest's
     * embedding). Empty for a lexical-only index, if it did not load in time, and once stopped.
     */
    public Optional<Embedder> model(Duration wait) throws InterruptedException {
        return model == null ? Optional.empty() : model.await(wait);
    }

    /**
     * The first half of stopping: stops accepting requests, waits for a model load under way, then
     * closes the model (inferences under way finish, later ones are refused and searches answer
     * lexically). The index and the store stay open for work still running; {@link #close()} closes them.
     */
    public void stop() {
        server.close();
        if (model != null) {
            model.close();
        }
    }

    /** {@link #stop()}, then closes the index and the store. */
    @Override
    public void close() {
        stop();
        minutegraph.close();
    }
}
