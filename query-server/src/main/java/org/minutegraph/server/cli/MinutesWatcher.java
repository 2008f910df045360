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
import java.util.concurrent.TimeUnit;

import org.minutegraph.ingest.pipeline.IngestConfig;
import org.minutegraph.ingest.pipeline.IngestListener;
import org.minutegraph.ingest.pipeline.IngestReport;
import org.minutegraph.ingest.pipeline.Ingestor;

/**
 * Re-ingests a minutes folder when files in it change (after a quiet second, so a `git pull` is one
 * ingest), reports each bad file as {@code ingest} does (path, line, reason), then tells the server
 * to refresh. Runs on one daemon thread.
 */
final class MinutesWatcher implements AutoCloseable {

    private static final long QUIET_MILLIS = 1_000;

    private final IngestConfig config;
    private final Runnable refresh;
    private final PrintWriter log;
    private final int maxWarnings;
    private final WatchService watcher;
    private final Thread thread;

    private MinutesWatcher(IngestConfig config, Runnable refresh, PrintWriter log, int maxWarnings) throws IOException {
        this.config = config;
        this.refresh = refresh;
        this.log = log;
        this.maxWarnings = maxWarnings;
        this.watcher = FileSystems.getDefault().newWatchService();
        registerTree(config.source().root());
        this.thread = Thread.ofPlatform().daemon().name("minutegraph-watch").start(this::loop);
    }

    /** @param maxWarnings warnings printed after each re-ingest, at most */
    static MinutesWatcher start(IngestConfig config, Runnable refresh, PrintWriter log, int maxWarnings) throws IOException {
        return new MinutesWatcher(config, refresh, log, maxWarnings);
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
                // Wait for a quiet second: an editor save or a git pull is many events.
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

    private void ingest() {
        try {
            IngestReport report = new Ingestor(config, IngestListener.SILENT).run();
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

    @Override
    public void close() {
        thread.interrupt();
        try {
            watcher.close();
        } catch (IOException e) {
            // closing on shutdown: nothing left to do
        }
    }
}
