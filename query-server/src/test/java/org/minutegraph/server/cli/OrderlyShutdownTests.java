package org.minutegraph.server.cli;

import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** The steps of stopping; the signals themselves are exercised by {@link ServeStopTests}. */
@DisplayName("Stopping serve")
class OrderlyShutdownTests {

    private static OrderlyShutdown.Step step(List<String> done, String name) {
        return new OrderlyShutdown.Step(name, () -> done.add(name));
    }

    @Test
    @DisplayName("runs the steps in order, once, however often it is asked; a failing step does not stop the next")
    void inOrderOnce() {
        List<String> done = new CopyOnWriteArrayList<>();
        OrderlyShutdown shutdown = new OrderlyShutdown();
        shutdown.then(List.of(step(done, "watcher"), new OrderlyShutdown.Step("server", () -> {
            throw new IllegalStateException("already stopped");
        }), step(done, "store")));
        shutdown.run();
        shutdown.run();
        shutdown.awaitFinished();
        assertThat(done).containsExactly("watcher", "store");
    }

    @Test
    @DisplayName("runs steps added after stopping began at once: a signal during start-up still stops what started")
    void stepsAddedLateRunAtOnce() {
        List<String> done = new CopyOnWriteArrayList<>();
        OrderlyShutdown shutdown = new OrderlyShutdown();
        shutdown.run();
        assertThat(done).isEmpty();
        shutdown.then(List.of(step(done, "server")));
        assertThat(done).containsExactly("server");
    }
}
