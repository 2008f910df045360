package org.minutegraph.server.web;

import java.time.Duration;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.atomic.AtomicBoolean;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.minutegraph.ingest.index.Embedder;

import static org.assertj.core.api.Assertions.assertThat;

@DisplayName("The server's embedding model")
class ModelLifecycleTests {

    private static final Duration WAIT = Duration.ofSeconds(30);

    /** A model that counts closes. */
    private static final class FakeModel implements Embedder {
        final AtomicBoolean closed = new AtomicBoolean();

        @Override
        public String modelId() {
            return "fake";
        }

        @Override
        public int dimensions() {
            return 1;
        }

        @Override
        public float[] embed(String text) {
            return new float[] {1};
        }

        @Override
        public void close() {
            closed.set(true);
        }
    }

    @Test
    @DisplayName("is handed over once loaded, and closed by close()")
    void loadedThenClosed() throws Exception {
        FakeModel model = new FakeModel();
        List<Embedder> handedOver = new CopyOnWriteArrayList<>();
        ModelLifecycle lifecycle = ModelLifecycle.start(() -> model, handedOver::add, WAIT);
        assertThat(lifecycle.await(WAIT)).containsSame(model);
        lifecycle.close();
        assertThat(model.closed).isTrue();
        assertThat(lifecycle.ready()).isEmpty();
        lifecycle.close();
    }

    @Test
    @DisplayName("closed during its load: close waits for the load, then closes the model, which is never handed over")
    void closedWhileLoading() throws Exception {
        FakeModel model = new FakeModel();
        CountDownLatch loading = new CountDownLatch(1);
        CountDownLatch finishLoad = new CountDownLatch(1);
        List<Embedder> handedOver = new CopyOnWriteArrayList<>();
        ModelLifecycle lifecycle = ModelLifecycle.start(() -> {
            loading.countDown();
            try {
                finishLoad.await();
            } catch (InterruptedException e) {
                throw new IllegalStateException(e);
            }
            return model;
        }, handedOver::add, WAIT);
        loading.await();
        Thread closer = Thread.ofPlatform().start(lifecycle::close);
        while (closer.getState() != Thread.State.TIMED_WAITING && closer.isAlive()) {
            Thread.onSpinWait();
        }
        assertThat(closer.isAlive()).as("close waits for the load under way").isTrue();
        assertThat(model.closed).isFalse();
        finishLoad.countDown();
        closer.join();
        assertThat(model.closed).isTrue();
        assertThat(handedOver).isEmpty();
        assertThat(lifecycle.ready()).isEmpty();
    }

    @Test
    @DisplayName("that fails to load leaves search lexical and close has nothing to close")
    void failedLoad() throws Exception {
        List<Embedder> handedOver = new CopyOnWriteArrayList<>();
        ModelLifecycle lifecycle = ModelLifecycle.start(() -> {
            throw new IllegalStateException("no native library");
        }, handedOver::add, WAIT);
        assertThat(lifecycle.await(WAIT)).isEmpty();
        lifecycle.close();
        assertThat(handedOver).isEmpty();
    }
}
