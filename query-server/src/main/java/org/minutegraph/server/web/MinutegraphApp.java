package org.minutegraph.server.web;

import java.net.URI;
import java.time.Duration;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicReference;

import org.minutegraph.ingest.index.Embedder;
import org.minutegraph.ingest.index.MiniLmEmbedder;
import org.minutegraph.ingest.index.PassageIndex;
import org.minutegraph.ingest.store.MinutegraphStore;
import org.minutegraph.ingest.store.StoreLayout;
import org.minutegraph.server.graph.GraphServices;
import org.minutegraph.server.search.PassageTexts;
import org.minutegraph.server.search.SearchConfig;
import org.minutegraph.server.search.SearchServices;
import org.minutegraph.server.sparql.SearchFunction;
import org.minutegraph.server.sparql.TextSearch;
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
    private final MinutegraphStore store;
    private final PassageIndex index;
    private final org.apache.jena.rdf.model.Model tools;
    private final AtomicReference<SearchServices> search;
    private final AtomicReference<org.minutegraph.server.search.SearchService> hybridText = new AtomicReference<>();
    private final ModelLifecycle model;
    private final MinutegraphServer server;

    private MinutegraphApp(AppConfig config) {
        long start = System.nanoTime();
        StoreLayout layout = new StoreLayout(config.storeDirectory());
        this.layout = layout;
        if (!layout.exists()) {
            MinutegraphStore.openExisting(layout, config.iris());
        }
        // The index and the vocabulary load while the store opens: each takes about a second on a cold JVM.
        java.util.concurrent.CompletableFuture<PassageIndex> indexing = java.util.concurrent.CompletableFuture.supplyAsync(
                () -> PassageIndex.open(layout.index()));
        this.store = MinutegraphStore.openExisting(layout, config.iris());
        // The vocabulary the store was ingested with: built-in tools plus the user's own files.
        java.util.concurrent.CompletableFuture<org.apache.jena.rdf.model.Model> vocabulary = java.util.concurrent.CompletableFuture.supplyAsync(
                store::vocabulary);
        PassageIndex opened = null;
        try {
            opened = join(indexing);
            this.index = opened;
            this.tools = join(vocabulary);
            this.search = new AtomicReference<>(SearchServices.create(index, tools, null, SearchConfig.defaults()));
            // mg:search in SPARQL: lexical at once, hybrid once the embedder has loaded.
            TextSearch text = new TextSearch(SearchServices.create(index, tools, null, textConfig()).search(),
                    () -> Optional.ofNullable(hybridText.get()));
            SiteServices services = new SiteServices(GraphServices.over(store), search::get, new PassageTexts(index), config.iris(),
                    config.sourceBaseUrl());
            this.server = MinutegraphServer.create()
                    .dataset(store.dataset().asDatasetGraph())
                    .storeDirectory(config.storeDirectory())
                    .host(config.host())
                    .port(config.port())
                    .sparql(config.sparql())
                    .access(config.access())
                    .queryContext(context -> SearchFunction.install(context, text))
                    .dataVersion(store::generation)
                    .routes(new ApiRoutes(services))
                    .routes(new PageRoutes(services))
                    .build()
                    .start();
        } catch (RuntimeException e) {
            closeQuietly(opened != null ? opened : indexing.getNow(null));
            store.close();
            throw e;
        }
        this.model = index.hasEmbeddings() ? ModelLifecycle.start(() -> MiniLmEmbedder.load(2), this::useModel, LOAD_WAIT) : null;
        LOG.info("Minutegraph ready on {} in {} ms ({})", server.uri(), (System.nanoTime() - start) / 1_000_000,
                model == null ? "lexical search" : "lexical search, hybrid once the model has loaded");
    }

    private static SearchConfig textConfig() {
        return SearchConfig.defaults().withMaxLimit(TextSearch.MAX_LIMIT);
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

    /** Makes what an ingest committed since the last refresh visible to search (the graph sees it at once). */
    public void refresh() {
        index.refresh();
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

    private void useModel(Embedder loaded) {
        search.set(SearchServices.create(index, tools, loaded, SearchConfig.defaults()));
        hybridText.set(SearchServices.create(index, tools, loaded, textConfig()).search());
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
        closeQuietly(index);
        store.close();
    }

    private static <T> T join(java.util.concurrent.CompletableFuture<T> future) {
        try {
            return future.join();
        } catch (java.util.concurrent.CompletionException e) {
            throw e.getCause() instanceof RuntimeException r ? r : e;
        }
    }

    private static void closeQuietly(AutoCloseable closeable) {
        if (closeable == null) {
            return;
        }
        try {
            closeable.close();
        } catch (Exception e) {
            LOG.warn("Closing {} failed: {}", closeable.getClass().getSimpleName(), e.getMessage());
        }
    }
}
