package org.minutegraph.server.search;

import java.util.Locale;

import org.minutegraph.ingest.index.Embedder;

/** A stand-in for MiniLM in tests: words hashed into 384 dimensions, unit length. */
final class WordHashEmbedder implements Embedder {

    @Override
    public String modelId() {
        return "word-hash-test";
    }

    @Override
    public int dimensions() {
        return 384;
    }

    @Override
    public float[] embed(String text) {
        if (text == null || text.isBlank()) {
            throw new IllegalArgumentException("text cannot be null or blank"); // as the real model refuses it
        }
        float[] v = new float[384];
        for (String word : text.toLowerCase(Locale.ROOT).split("[^a-z0-9]+")) {
            if (!word.isEmpty()) {
                v[Math.floorMod(word.hashCode(), 384)] += 1;
            }
        }
        v[0] += 0.01f; // never the zero vector
        double norm = 0;
        for (float f : v) {
            norm += f * f;
        }
        for (int i = 0; i < v.length; i++) {
            v[i] /= (float) Math.sqrt(norm);
        }
        return v;
    }
}
