package org.minutegraph.ingest.store;

import java.util.concurrent.Callable;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.FutureTask;

/**
 * One piece of ingest work on its own thread, so it overlaps with the rest: opening the store,
 * writing the extraction cache, writing the index while TDB2 writes the graphs. Not the common
 * fork-join pool: that one parses files, and a blocked worker there would idle a core.
 */
public final class Background<T> {

    private final String name;
    private final FutureTask<T> task;

    private Background(String name, FutureTask<T> task) {
        this.name = name;
        this.task = task;
    }

    public static <T> Background<T> start(String name, Callable<T> work) {
        FutureTask<T> task = new FutureTask<>(work);
        Thread thread = new Thread(task, "minutegraph-" + name);
        thread.setDaemon(true);
        thread.start();
        return new Background<>(name, task);
    }

    /** The result, once the work is done; its failure is thrown here, on the caller's thread. */
    public T join() {
        try {
            return task.get();
        } catch (ExecutionException e) {
            if (e.getCause() instanceof RuntimeException re) {
                throw re;
            }
            if (e.getCause() instanceof Error err) {
                throw err;
            }
            throw new StoreException("The " + name + " step failed: " + e.getCause(), e.getCause());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new StoreException("Interrupted while waiting for the " + name + " step", e);
        }
    }

    /** Waits until the work has ended, however it ended: for cleaning up after another failure. */
    public void awaitQuietly() {
        try {
            task.get();
        } catch (ExecutionException | java.util.concurrent.CancellationException e) {
            // the caller is already handling a failure of its own
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
