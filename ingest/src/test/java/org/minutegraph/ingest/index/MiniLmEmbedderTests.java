package org.minutegraph.ingest.index;

import java.util.List;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

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
}
