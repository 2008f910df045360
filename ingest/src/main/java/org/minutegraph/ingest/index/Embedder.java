package org.minutegraph.ingest.index;

import java.util.ArrayList;
import java.util.List;

/**
 * Turns text into a unit-length vector of {@link #dimensions()} floats. Implementations are
 * thread-safe and may hold native resources, released by {@link #close()}.
 */
public interface Embedder extends AutoCloseable {

    /** A stable name of the model; cached vectors of another model are not reused. */
    String modelId();

    int dimensions();

    /** A passage's vector. @throws IllegalArgumentException for blank text: there is nothing to embed (callers skip it) */
    float[] embed(String text);

    /** A search query's vector, to compare with passages' (models trained with a query prefix get it here). */
    default float[] embedQuery(String query) {
        return embed(query);
    }

    /** Embeds many passages, in parallel where the implementation can; results in input order. */
    default List<float[]> embedAll(List<String> texts) {
        List<float[]> out = new ArrayList<>(texts.size());
        texts.forEach(t -> out.add(embed(t)));
        return out;
    }

    @Override
    default void close() {
    }

    /** True for {@link #none()}: the index is written without vectors. */
    default boolean isNone() {
        return false;
    }

    /** No model: lexical indexing and search only. */
    static Embedder none() {
        return NoEmbedder.INSTANCE;
    }
}
