package org.minutegraph.server.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.FileSystems;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.StandardWatchEventKinds;
import java.nio.file.WatchKey;
import java.nio.file.WatchService;
import java.nio.file.attribute.BasicFileAttributes;
import java.time.Duration;
import java.util.Optional;
import java.util.concurrent.TimeUnit;

import org.minutegraph.ingest.index.Embedder;
import org.minutegraph.ingest.pipeline.IngestConfig;
import org.minutegraph.ingest.pipeline.IngestListener;
import org.minutegraph.ingest.pipeline.IngestReport;
import org.minutegraph.ingest.pipeline.Ingestor;

/**
 * Re-ingests a minutes folder when files in it change (after 300 quiet milliseconds, so a `git pull` is one
 * ingest), reports each bad file as {@code ingest} does (path, line, reason), then tells the server
 * to refresh. Runs on one daemon thread. A re-ingest embeds with the server's model: one model in
 * memory, and stopping the server (which closes the model) cancels the embedding of a re-ingest
 * under way, which then rolls back.
 */
final class MinutesWatcher implements AutoCloseable {

    /** A git pull or checkout writes its files within milliseconds of each other, an editor's save in one burst. */
    private static final long QUIET_MILLIS = 300;
    /** How long a re-ingest waits for the server's model to load, and close for a re-ingest to end. */
    private static final Duration WAIT = Duration.ofSeconds(30);

    /** The server's embedding model, waiting while it loads; empty without one. */
    @FunctionalInterface
    interface ModelSource {
        Optional<Embedder> model(Duration wait) throws InterruptedException;
    }

    private final IngestConfig config;
    private final ModelSource model;
    private final Runnable refresh;
    private final PrintWriter log;
    private final int maxWarnings;
    private final WatchService watcher;
    private final Thread thread;
    private volatile boolean stopping;

    private MinutesWatcher(IngestConfig config, ModelSource model, Runnable refresh, PrintWriter log, int maxWarnings)
            throws IOException {
        this.config = config;
        this.model = model;
        this.refresh = refresh;
        this.log = log;
        this.maxWarnings = maxWarnings;
        this.watcher = FileSystems.getDefault().newWatchService();
        registerTree(config.source().root());
        this.thread = Thread.ofPlatform().daemon().name("minutegraph-watch").start(this::loop);
    }

    /** @param maxWarnings warnings printed after each re-ingest, at most */
    static MinutesWatcher start(IngestConfig config, ModelSource model, Runnable refresh, PrintWriter log, int maxWarnings)
            throws IOException {
        return new MinutesWatcher(config, model, refresh, log, maxWarnings);
    }

    private void registerTree(Path root) throws IOException {
        Files.walkFileTree(root, new SimpleFileVisitor<>() {
            @Override
            public FileVisitResult preVisitDirectory(Path dir, BasicFileAttributes attrs) throws IOException {
                if (dir.getFileName() != null && dir.getFileName().toString().startsWith(".") && !dir.equals(root)) {
                    return FileVisitResult.SKIP_SUBTREE;
                }
                dir.register(watcher, StandardWatchEventKinds.ENTRY_CREATE, StandardWatchEventKinds.ENTRY_MODIFY,
                        StandardWatchEventKinds.ENTRY_DELETE);
                return FileVisitResult.CONTINUE;
            }
        });
    }

    private void loop() {
        try {
            while (!Thread.currentThread().isInterrupted()) {
                WatchKey key = watcher.take();
                drain(key);
                // Wait for a quiet moment: an editor save or a git pull is many events.
                WatchKey more;
                while ((more = watcher.poll(QUIET_MILLIS, TimeUnit.MILLISECONDS)) != null) {
                    drain(more);
                }
                ingest();
            }
        } catch (InterruptedException | java.nio.file.ClosedWatchServiceException e) {
            Thread.currentThread().interrupt();
        }
    }

    private void drain(WatchKey key) {
        Path dir = (Path) key.watchable();
        for (var event : key.pollEvents()) {
            if (event.kind() == StandardWatchEventKinds.ENTRY_CREATE && event.context() instanceof Path name
                    && Files.isDirectory(dir.resolve(name))) {
                try {
                    registerTree(dir.resolve(name));
                } catch (IOException e) {
                    log.println("minutegraph: cannot watch " + TerminalText.escape(dir.resolve(name) + ": " + e.getMessage()));
                }
            }
        }
        key.reset();
    }

    private void ingest() throws InterruptedException {
        if (stopping) {
            return;
        }
        try {
            // null: the ingest loads a model of its own (the server's index has none, or it failed to load)
            Embedder embedder = config.embeddings() ? model.model(WAIT).orElse(null) : null;
            IngestReport report = new Ingestor(config, IngestListener.SILENT, embedder).run();
            if (!report.unchanged()) {
                refresh.run();
            }
            ReportPrinter.warnings(report, log, maxWarnings);
            log.printf("minutegraph: re-ingested after a change: %d written, %d removed, %d warnings, %.1f s%n",
                    report.written(), report.removed(), report.warnings().size(), report.seconds());
        } catch (RuntimeException e) {
            log.println("minutegraph: re-ingest failed, the store is unchanged: " + TerminalText.escape(e.getMessage()));
        }
        log.flush();
    }

    /** Stops watching: no re-ingest starts after this; one under way goes on. */
    void stopWatching() {
        stopping = true;
        try {
            watcher.close();
        } catch (IOException e) {
            // closing on shutdown: nothing left to do
        }
    }

    /**
     * Stops watching and waits (up to 30 s) for a re-ingest under way to end. The thread is not
     * interrupted: an interrupt closes the store's file channels under the ingest.
     */
    @Override
    public void close() {
        stopWatching();
        try {
            if (!thread.join(WAIT)) {
                log.println("minutegraph: a re-ingest was still running after " + WAIT.toSeconds() + " s; stopping anyway");
                log.flush();
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
