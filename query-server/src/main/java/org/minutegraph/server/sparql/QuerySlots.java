package org.minutegraph.server.sparql;

import java.time.Duration;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.function.Function;
import org.minutegraph.server.web.http.QueryTimeoutException;
import org.minutegraph.server.web.http.ServiceBusyException;

/**
 * At most {@code maxConcurrentQueries} queries run at once, each on a platform thread of its own.
 * A request waits briefly for a slot and is otherwise refused with 503 + {@code Retry-After}.
 *
 * <p>Why platform threads: requests are served on virtual threads, which a CPU-bound query never
 * yields; two such queries on two cores would leave nothing to answer {@code /health}. The
 * request's virtual thread only waits for the answer, and stops waiting {@link #GRACE} after the
 * query's timeout whatever the query does; the slot stays taken until the query has really ended
 * (Jena stops it at its timeout; {@link BindingBudget} keeps what it materialises small).
 */
final class QuerySlots {

    /** How long a request waits for a free slot before it is refused (less if its timeout is shorter). */
    static final Duration QUEUE_WAIT = Duration.ofSeconds(1);
    /** The least time a query is given, however long it waited for its slot. */
    static final Duration MIN_RUN = Duration.ofMillis(100);
    /** How long past its timeout a query's answer is awaited before the request answers 503 itself. */
    static final Duration GRACE = Duration.ofSeconds(1);

    private final Semaphore slots;
    private final int size;
    private final long retryAfterSeconds;
    private final SparqlMonitor monitor;
    // Idle threads end after a minute, so the pool needs no shutdown. The lowest priority lets the
    // rest of the server (health, pages, search) go first where the JVM maps priorities to the OS
    // (Linux: -XX:ThreadPriorityPolicy=1, which ./minutegraph serve sets).
    private final ExecutorService threads = Executors.newCachedThreadPool(
            Thread.ofPlatform().name("minutegraph-sparql-", 0).daemon().priority(Thread.MIN_PRIORITY).factory());

    QuerySlots(SparqlConfig config, SparqlMonitor monitor) {
        this.size = config.maxConcurrentQueries();
        this.slots = new Semaphore(size, true);
        this.monitor = monitor;
        // The time until one of the running queries is likely to end, if they are spread over their timeout.
        this.retryAfterSeconds = Math.max(1, config.timeout().toSeconds() / size);
    }

    /**
     * Runs {@code query} in a free slot and returns its answer. {@code timeout} bounds the whole
     * request: the query is given what is left of it after the wait for a slot.
     */
    SparqlResponse run(Function<Duration, SparqlResponse> query, Duration timeout) {
        long arrived = System.nanoTime();
        acquire(timeout.compareTo(QUEUE_WAIT) < 0 ? timeout : QUEUE_WAIT);
        Duration left = timeout.minusNanos(System.nanoTime() - arrived);
        Duration queryTimeout = left.compareTo(MIN_RUN) < 0 ? MIN_RUN : left;
        Future<SparqlResponse> answer;
        try {
            answer = threads.submit(() -> {
                monitor.started();
                try {
                    return query.apply(queryTimeout);
                } finally {
                    monitor.ended();
                    slots.release();
                }
            });
        } catch (RuntimeException e) {
            slots.release();
            throw e;
        }
        try {
            return answer.get(queryTimeout.plus(GRACE).toMillis(), TimeUnit.MILLISECONDS);
        } catch (ExecutionException e) {
            if (e.getCause() instanceof QueryTimeoutException) {
                // The query was stopped at what was left of the request's time; the client asked for all of it.
                throw timedOut(timeout);
            }
            if (e.getCause() instanceof RuntimeException r) {
                throw r;
            }
            if (e.getCause() instanceof Error error) {
                throw error;
            }
            throw new IllegalStateException("The query failed: " + e.getCause(), e.getCause());
        } catch (TimeoutException e) {
            // No interrupt: an interrupted read of a store file closes its channel for every reader.
            throw timedOut(timeout);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new QueryTimeoutException("The server is stopping; the query was not answered");
        }
    }

    private static QueryTimeoutException timedOut(Duration timeout) {
        return new QueryTimeoutException("Query exceeded " + QueryRunner.seconds(timeout) + " s and was stopped");
    }

    private void acquire(Duration wait) {
        try {
            if (slots.tryAcquire(wait.toMillis(), TimeUnit.MILLISECONDS)) {
                return;
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        throw new ServiceBusyException("All " + size + " query slots of this endpoint are taken by running queries;"
                + " retry in " + retryAfterSeconds + " s", retryAfterSeconds);
    }
}
