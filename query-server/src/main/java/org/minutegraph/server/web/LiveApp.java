package org.minutegraph.server.web;

import java.util.Objects;

/**
 * The app over a store that ingests in this process keep changing ({@code serve --watch}): after an
 * update in place it refreshes; after a rebuild, which writes a new data directory and publishes it,
 * it closes the app over the old directory and opens the new one on the same port, so that a client
 * keeps its address and a restart of the server opens what the watcher last published.
 */
public final class LiveApp implements AutoCloseable {

    private final AppConfig config;
    private volatile MinutegraphApp app;

    private LiveApp(AppConfig config) {
        this.config = config;
        this.app = MinutegraphApp.start(config);
    }

    /** Opens the store in {@code config} and starts serving it. */
    public static LiveApp start(AppConfig config) {
        return new LiveApp(Objects.requireNonNull(config, "config"));
    }

    /** The app serving now; another one after a rebuild. */
    public MinutegraphApp current() {
        return app;
    }

    /** Makes what the last ingest committed visible: in place, or by reopening a rebuilt store on the same port. */
    public synchronized void refresh() {
        MinutegraphApp current = app;
        if (current.servesCurrent()) {
            current.refresh();
            return;
        }
        int port = current.port();
        current.close();
        app = MinutegraphApp.start(config.withPort(port));
    }

    /** The first half of stopping: see {@link MinutegraphApp#stop()}. */
    public void stop() {
        app.stop();
    }

    @Override
    public synchronized void close() {
        app.close();
    }
}
