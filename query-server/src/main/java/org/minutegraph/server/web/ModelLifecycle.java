package org.minutegraph.server.web;

import java.time.Duration;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;
import java.util.function.Supplier;

import org.minutegraph.ingest.index.Embedder;
import org.minutegraph.ingest.index.EmbedderClosedException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The embedding model of a running server: loaded once on a background thread, closed once on stop.
 * Loading cannot be interrupted (ONNX Runtime builds the session in native code), so {@link #close()}
 * waits for a load under way instead of racing it, then closes the model, which finishes the
 * inferences under way and refuses new ones ({@link EmbedderClosedException}).
 */
final class ModelLifecycle implements AutoCloseable {

    private static final Logger LOG = LoggerFactory.getLogger(ModelLifecycle.class);

    private final CountDownLatch settled = new CountDownLatch(1);
    private final Duration loadWait;
    private Embedder model; // guarded by this
    private boolean closed; // guarded by this

    private ModelLifecycle(Duration loadWait) {
        this.loadWait = loadWait;
    }

    /**
     * Starts loading with {@code load} on a daemon thread and hands the model to {@code onLoaded} once
     * it is ready (not if the lifecycle was closed meanwhile). {@code close()} waits up to {@code loadWait}
     * for a load under way.
     */
    static ModelLifecycle start(Supplier<? extends Embedder> load, Consumer<Embedder> onLoaded, Duration loadWait) {
        Objects.requireNonNull(load, "load");
        Objects.requireNonNull(onLoaded, "onLoaded");
        ModelLifecycle lifecycle = new ModelLifecycle(Objects.requireNonNull(loadWait, "loadWait"));
        Thread.ofPlatform().daemon().name("minutegraph-embedder").start(() -> lifecycle.load(load, onLoaded));
        return lifecycle;
    }

    private void load(Supplier<? extends Embedder> load, Consumer<Embedder> onLoaded) {
        long start = System.nanoTime();
        Embedder loaded;
        try {
            loaded = load.get();
        } catch (RuntimeException | LinkageError e) {
            LOG.warn("Search stays lexical: {}", e.getMessage());
            settled.countDown();
            return;
        }
        boolean keep;
        synchronized (this) {
            keep = !closed;
            if (keep) {
                model = loaded;
            }
        }
        if (!keep) {
            // closed while loading: close() waits for this, so the model is closed before close() returns
            loaded.close();
            settled.countDown();
            return;
        }
        settled.countDown();
        onLoaded.accept(loaded);
        LOG.info("Semantic search on ({} loaded in {} ms)", loaded.modelId(), (System.nanoTime() - start) / 1_000_000);
    }

    /** The model once it has loaded, until it is closed. */
    synchronized Optional<Embedder> ready() {
        return Optional.ofNullable(model);
    }

    /**
     * The model, waiting up to {@code wait} for it to load; empty when it did not load (it failed,
     * took longer, or this lifecycle is closed).
     */
    Optional<Embedder> await(Duration wait) throws InterruptedException {
        settled.await(wait.toMillis(), TimeUnit.MILLISECONDS);
        return ready();
    }

    /**
     * Refuses the model to new users, waits for a load under way (up to the load wait), then closes
     * the model: inferences under way finish, later ones throw {@link EmbedderClosedException}. Safe
     * to call twice and from any thread.
     */
    @Override
    public void close() {
        synchronized (this) {
            closed = true;
        }
        try {
            if (!settled.await(loadWait.toMillis(), TimeUnit.MILLISECONDS)) {
                LOG.warn("The embedding model was still loading after {} s; stopping without it", loadWait.toSeconds());
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        Embedder closing;
        synchronized (this) {
            closing = model;
            model = null;
        }
        if (closing != null) {
            closing.close();
        }
    }
}
