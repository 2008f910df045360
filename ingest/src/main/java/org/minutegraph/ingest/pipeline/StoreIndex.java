package org.minutegraph.ingest.pipeline;

import java.nio.file.Path;
import java.util.Map;
import java.util.Optional;

import org.minutegraph.ingest.index.Embedder;
import org.minutegraph.ingest.index.IndexConfig;
import org.minutegraph.ingest.index.IndexContext;
import org.minutegraph.ingest.index.PassageIndexWriter;
import org.minutegraph.ingest.index.PassageSchema;
import org.minutegraph.ingest.store.IndexTransaction;
import org.minutegraph.ingest.store.StoreLayout;
import org.minutegraph.ingest.store.Trees;

/** The passage index of a store, as ingest sees it: is it in step with the graph, and opening it for an update. */
final class StoreIndex {

    private final IngestConfig config;
    private final Path dir;
    private final IndexConfig indexConfig;
    private final Embedder embedder;

    /** @param embedder the model to embed with, or null to load one when embeddings are on */
    StoreIndex(IngestConfig config, StoreLayout layout, Embedder embedder) {
        this.config = config;
        this.embedder = embedder;
        this.dir = layout.index();
        this.indexConfig = IndexConfig.defaults().withEmbeddings(config.embeddings()).withEmbeddingCache(layout.embeddings());
    }

    /**
     * Why the index cannot take this update, if it cannot: it missed the graph's last update, is
     * missing or unreadable, was built with the other embedding setting, or with another index schema.
     */
    Optional<String> staleness(long graphGeneration, boolean graphHasFiles) {
        Map<String, String> data = PassageIndexWriter.lastCommitData(dir);
        if (data.isEmpty()) {
            return graphHasFiles ? Optional.of("its index is missing") : Optional.empty();
        }
        String generation = data.get(PassageSchema.COMMIT_GENERATION);
        String model = data.get(PassageIndexWriter.COMMIT_EMBEDDING_MODEL);
        boolean embedded = model != null && !model.isBlank() && !model.equals("none");
        // An index of another schema (an older Minutegraph) cannot take new documents: Lucene refuses a
        // field whose doc values changed. It is rebuilt from every file.
        if (!PassageSchema.SCHEMA_VERSION.equals(data.get(PassageSchema.COMMIT_SCHEMA_VERSION))) {
            return Optional.of("its index was written by another version of Minutegraph");
        }
        if (!Long.toString(graphGeneration).equals(generation)) {
            return Optional.of("its index is at generation " + generation + " and its graph at " + graphGeneration
                    + " (an earlier ingest was interrupted)");
        }
        if (embedded != config.embeddings()) {
            return Optional.of(config.embeddings() ? "embeddings were asked for" : "--no-embeddings was asked for");
        }
        return Optional.empty();
    }

    /** Opens the index for an update; a rebuild starts from an empty index. */
    IndexTransaction open(IndexContext context, boolean rebuild) {
        if (rebuild) {
            Trees.delete(dir);
        }
        PassageIndexWriter writer = PassageIndexWriter.open(dir, indexConfig, config.embeddings() ? embedder : null);
        if (rebuild) {
            writer.deleteAll();
        }
        return new PassageIndexTransaction(writer, context);
    }
}
