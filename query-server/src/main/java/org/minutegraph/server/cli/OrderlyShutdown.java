package org.minutegraph.server.cli;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import sun.misc.Signal;

/**
 * How {@code serve} stops: SIGTERM and SIGINT (Ctrl-C) run the steps in order, once, before the JVM
 * begins to exit, and the command then returns 0 ({@link #awaitFinished()}).
 *
 * <p>Why not a shutdown hook alone: the JVM runs all shutdown hooks at once, and ONNX Runtime
 * registers one that frees its native environment. Freed under an inference or a model load still
 * running, that crashed the JVM (SIGSEGV in libonnxruntime, 10 of 36 stops). Handling the signals
 * ourselves, the model is closed before any hook runs. A shutdown hook runs the same steps when the
 * JVM exits another way (System.exit elsewhere, SIGHUP).
 */
final class OrderlyShutdown {

    private static final Logger LOG = LoggerFactory.getLogger(OrderlyShutdown.class);
    private static final List<String> SIGNALS = List.of("TERM", "INT");

    /** One thing to stop, named for the log should it fail. */
    record Step(String name, Runnable action) {
    }

    private final List<Step> steps = new ArrayList<>(); // guarded by this
    private boolean begun; // guarded by this
    private final CountDownLatch finished = new CountDownLatch(1);

    /** Steps run by {@link #run()} alone (tests); {@link #install()} also takes over the signals. */
    OrderlyShutdown() {
    }

    /**
     * Takes over SIGTERM, SIGINT and JVM exit, with no steps yet: install it before starting what it
     * stops, so that no signal can slip between the start and {@link #then}.
     */
    static OrderlyShutdown install() {
        OrderlyShutdown shutdown = new OrderlyShutdown();
        for (String name : SIGNALS) {
            Signal.handle(new Signal(name), signal -> shutdown.run());
        }
        Runtime.getRuntime().addShutdownHook(new Thread(shutdown::run, "minutegraph-shutdown"));
        return shutdown;
    }

    /** Adds steps, run in order after those added before; if stopping has begun already, runs them now. */
    void then(List<Step> more) {
        synchronized (this) {
            if (!begun) {
                steps.addAll(more);
                return;
            }
        }
        runAll(more);
    }

    /** Runs the steps unless they run already; returns once they have finished. */
    void run() {
        List<Step> todo = null;
        synchronized (this) {
            if (!begun) {
                begun = true;
                todo = List.copyOf(steps);
            }
        }
        if (todo != null) {
            try {
                runAll(todo);
            } finally {
                finished.countDown();
            }
        }
        awaitFinished();
    }

    /** Each step in turn; one that fails is logged and the next runs. */
    private static void runAll(List<Step> todo) {
        for (Step step : todo) {
            try {
                step.action().run();
            } catch (RuntimeException e) {
                LOG.warn("Stopping: {} failed: {}", step.name(), e.toString());
            }
        }
    }

    /** Blocks until the steps have run. */
    void awaitFinished() {
        boolean interrupted = false;
        while (true) {
            try {
                finished.await();
                break;
            } catch (InterruptedException e) {
                interrupted = true;
            }
        }
        if (interrupted) {
            Thread.currentThread().interrupt();
        }
    }
}
