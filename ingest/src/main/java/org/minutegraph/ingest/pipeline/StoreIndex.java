package org.minutegraph.ingest.pipeline;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.Map;
import java.util.stream.Stream;

import org.minutegraph.ingest.index.Embedder;
import org.minutegraph.ingest.index.IndexConfig;
import org.minutegraph.ingest.index.IndexContext;
import org.minutegraph.ingest.index.PassageIndexWriter;
import org.minutegraph.ingest.index.PassageSchema;
import org.minutegraph.ingest.store.IndexTransaction;
import org.minutegraph.ingest.store.StoreException;

/** The passage index of a store, as ingest sees it: is it in step with the graph, and opening it for an update. */
final class StoreIndex {

    private final IngestConfig config;
    private final Path dir;
    private final IndexConfig indexConfig;
    private final Embedder embedder;

    /** @param embedder the model to embed with, or null to load one when embeddings are on */
    StoreIndex(IngestConfig config, Embedder embedder) {
        this.config = config;
        this.embedder = embedder;
        this.dir = config.store().index();
        this.indexConfig = IndexConfig.defaults().withEmbeddings(config.embeddings());
    }

    /**
     * True when the index missed the graph's last update, is missing, was built with the other
     * embedding setting, or with another index schema.
     */
    boolean needsRebuild(long graphGeneration, boolean graphHasFiles) {
        Map<String, String> data = PassageIndexWriter.lastCommitData(dir);
        if (data.isEmpty()) {
            return graphHasFiles;
        }
        String generation = data.get(PassageSchema.COMMIT_GENERATION);
        boolean embedded = data.get(PassageIndexWriter.COMMIT_EMBEDDING_MODEL) != null
                && !data.get(PassageIndexWriter.COMMIT_EMBEDDING_MODEL).isBlank()
                && !data.get(PassageIndexWriter.COMMIT_EMBEDDING_MODEL).equals("none");
        // An index of another schema (an older Minutegraph) cannot take new documents: Lucene refuses a
        // field whose doc values changed. It is rebuilt from every file.
        boolean otherSchema = !PassageSchema.SCHEMA_VERSION.equals(data.get(PassageSchema.COMMIT_SCHEMA_VERSION));
        return otherSchema || !Long.toString(graphGeneration).equals(generation) || embedded != config.embeddings();
    }

    /** Opens the index for an update; a rebuild starts from an empty index. */
    IndexTransaction open(IndexContext context, boolean rebuild) {
        if (rebuild) {
            delete(dir);
        }
        PassageIndexWriter writer = PassageIndexWriter.open(dir, indexConfig, config.embeddings() ? embedder : null);
        if (rebuild) {
            writer.deleteAll();
        }
        return new PassageIndexTransaction(writer, context);
    }

    private static void delete(Path dir) {
        if (!Files.isDirectory(dir)) {
            return;
        }
        try (Stream<Path> files = Files.walk(dir)) {
            for (Path p : files.sorted(Comparator.reverseOrder()).toList()) {
                Files.delete(p);
            }
        } catch (IOException e) {
            throw new StoreException("Cannot clear the index at " + dir + " for a rebuild: " + e.getMessage(), e);
        }
    }
}
