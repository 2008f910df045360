package org.minutegraph.server.cli;

import java.io.PrintWriter;
import java.time.Duration;
import java.util.Objects;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;

import org.minutegraph.ingest.source.GitCheckout;
import org.minutegraph.ingest.source.MinutesSourceException;

/**
 * {@code serve --git … --watch}: fetches the branch at an interval and moves the checkout's work tree
 * to its head, one log line per new commit range. The files it changes are what the
 * {@link MinutesWatcher} on the work tree sees, so the re-ingest (one transaction: readers see the old
 * or the new store) and its report are the watcher's. Runs on one daemon thread; a failed fetch is
 * logged and retried at the next interval.
 */
final class GitPoller implements AutoCloseable {

    private final GitCheckout checkout;
    private final PrintWriter log;
    private final ScheduledExecutorService timer;

    private GitPoller(GitCheckout checkout, Duration interval, PrintWriter log) {
        this.checkout = Objects.requireNonNull(checkout, "checkout");
        this.log = Objects.requireNonNull(log, "log");
        this.timer = Executors.newSingleThreadScheduledExecutor(Thread.ofPlatform().daemon().name("minutegraph-git-poll").factory());
        long millis = interval.toMillis();
        timer.scheduleWithFixedDelay(this::poll, millis, millis, TimeUnit.MILLISECONDS);
    }

    static GitPoller start(GitCheckout checkout, Duration interval, PrintWriter log) {
        if (interval.isNegative() || interval.isZero()) {
            throw new IllegalArgumentException("--poll must be at least 1 second: " + interval.toSeconds());
        }
        return new GitPoller(checkout, interval, log);
    }

    private void poll() {
        try {
            var sync = checkout.sync();
            if (sync.changed()) {
                log.printf("minutegraph: git %s, %d files changed%s%n", sync.range(), sync.filesChanged(),
                        sync.rewritten() ? " (the branch was rewritten by a force push)" : "");
            }
        } catch (MinutesSourceException e) {
            log.println("minutegraph: git fetch failed, trying again at the next poll: " + TerminalText.escape(e.getMessage()));
        }
        log.flush();
    }

    /** Stops polling and waits for a fetch under way. */
    @Override
    public void close() {
        timer.shutdown();
        try {
            timer.awaitTermination(30, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
