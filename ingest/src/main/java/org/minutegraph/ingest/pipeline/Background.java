package org.minutegraph.ingest.pipeline;

import java.util.concurrent.Callable;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.FutureTask;

import org.minutegraph.ingest.store.StoreException;

/**
 * One piece of ingest work on its own thread, for steps that only wait on disk or on each other
 * (opening the store, writing the extraction cache) so they overlap with parsing and writing. Not
 * the common fork-join pool: that one parses files, and a blocked worker there would idle a core.
 */
final class Background<T> {

    private final FutureTask<T> task;

    private Background(FutureTask<T> task) {
        this.task = task;
    }

    static <T> Background<T> start(String name, Callable<T> work) {
        FutureTask<T> task = new FutureTask<>(work);
        Thread thread = new Thread(task, "minutegraph-" + name);
        thread.setDaemon(true);
        thread.start();
        return new Background<>(task);
    }

    /** The result, once the work is done; its failure is thrown here, on the caller's thread. */
    T join() {
        try {
            return task.get();
        } catch (ExecutionException e) {
            if (e.getCause() instanceof RuntimeException re) {
                throw re;
            }
            if (e.getCause() instanceof Error err) {
                throw err;
            }
            throw new StoreException("Ingest step failed: " + e.getCause(), e.getCause());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new StoreException("Interrupted while waiting for an ingest step", e);
        }
    }
}
