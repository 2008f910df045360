package org.minutegraph.ingest.index;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class MiniLmEmbedderTests {

    static double cosine(float[] a, float[] b) {
        double dot = 0, na = 0, nb = 0;
        for (int i = 0; i < a.length; i++) {
            dot += a[i] * b[i];
            na += a[i] * a[i];
            nb += b[i] * b[i];
        }
        return dot / Math.sqrt(na * nb);
    }

    @Test
    void containerRegistryIsCloserToHarborThanToBudgets() {
        try (MiniLmEmbedder embedder = MiniLmEmbedder.load(2)) {
            List<float[]> v = embedder.embedAll(List.of(
                    "container registry",
                    "We run Harbor to store and replicate our OCI images for the clusters.",
                    "The finance group approved next year's spending plan and travel costs."));
            assertThat(v).allSatisfy(x -> assertThat(x).hasSize(PassageSchema.VECTOR_DIMENSIONS));
            assertThat(cosine(v.get(0), v.get(1))).isGreaterThan(cosine(v.get(0), v.get(2)) + 0.1);
            assertThat(cosine(embedder.embed("container registry"), v.get(0))).isGreaterThan(0.99);
        }
    }

    @Test
    @DisplayName("closed while other threads embed: they get vectors or EmbedderClosedException, later calls only the exception")
    void closeUnderLoad() throws Exception {
        MiniLmEmbedder embedder = MiniLmEmbedder.load(2);
        List<Throwable> failures = new CopyOnWriteArrayList<>();
        CountDownLatch embedding = new CountDownLatch(4);
        List<Thread> users = new ArrayList<>();
        for (int t = 0; t < 4; t++) {
            int id = t;
            users.add(Thread.ofPlatform().start(() -> {
                try {
                    for (int i = 0; ; i++) {
                        List<float[]> v = id % 2 == 0 ? List.of(embedder.embed("harbor registry " + i))
                                : embedder.embedAll(List.of("cluster api " + i, "zitadel login " + i, "monitoring " + i));
                        assertThat(v).allSatisfy(x -> assertThat(x).hasSize(PassageSchema.VECTOR_DIMENSIONS));
                        if (i == 0) {
                            embedding.countDown();
                        }
                    }
                } catch (EmbedderClosedException expected) {
                    // the end of every user's loop
                } catch (Throwable e) {
                    failures.add(e);
                } finally {
                    embedding.countDown();
                }
            }));
        }
        embedding.await();
        embedder.close();
        for (Thread user : users) {
            user.join();
        }
        assertThat(failures).isEmpty();
        assertThatThrownBy(() -> embedder.embed("after close")).isInstanceOf(EmbedderClosedException.class);
        assertThatThrownBy(() -> embedder.embedAll(List.of("a", "b"))).isInstanceOf(EmbedderClosedException.class);
        embedder.close();
    }
}
