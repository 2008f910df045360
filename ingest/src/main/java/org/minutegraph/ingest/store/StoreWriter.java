package org.minutegraph.ingest.store;

import java.nio.file.Path;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

import org.apache.jena.rdf.model.Model;
import org.minutegraph.ingest.index.Embedder;
import org.minutegraph.ingest.index.IndexConfig;
import org.minutegraph.ingest.index.IndexContext;
import org.minutegraph.ingest.index.IndexException;
import org.minutegraph.ingest.index.PassageIndex;
import org.minutegraph.ingest.index.PassageIndexWriter;
import org.minutegraph.ingest.index.PassageSchema;
import org.minutegraph.ontology.IriScheme;

/**
 * The one writer of a store: decides whether the store can take an update or must be rebuilt, and
 * applies an update to graph and index together or not at all.
 *
 * <pre>{@code
 * try (StoreWriter w = StoreWriter.open(dir, iris, indexConfig, embedder, false)) {
 *     w.fingerprints();                       // what is in the store, to tell what changed
 *     w.apply(removed, written, corpus(w.generation() + 1), vocabulary, context);
 * }
 * }</pre>
 *
 * <p>The commit sequence: the index is written and prepared on its own thread while TDB2 writes the
 * graphs; then the index commits, then the graph. The index keeps its commit before the last, so an
 * update that dies between the two commits leaves the store at the previous generation: readers open
 * the index commit of the graph's generation, and the next update starts from it. A new store, and
 * every rebuild, is written into a new data directory published only when both halves committed.
 */
public final class StoreWriter implements AutoCloseable {

    /** Index commit key: the generation of the graph the commit belongs to. */
    public static final String GENERATION = "generation";
    /** Index commit key: {@link PassageSchema#SCHEMA_VERSION} of the documents. */
    public static final String SCHEMA_VERSION = "schemaVersion";
    /** Index commit key: the embedding model of the vectors, or "none". */
    public static final String EMBEDDING_MODEL = "embeddingModel";

    private final MinutegraphStore store;
    private final StoreLayout layout;
    private final Map<String, String> fingerprints;
    private final long generation;
    private final boolean rebuild;
    private final Optional<String> rebuiltBecause;
    private final IndexConfig indexConfig;
    private final Embedder embedder;
    private final Runnable betweenCommits;

    /** What one update cost: building the deferred file graphs, and what the index did. */
    public record Applied(long graphMillis, PassageIndexWriter.Stats index) {
    }

    private StoreWriter(MinutegraphStore store, Map<String, String> fingerprints, long generation, boolean rebuild,
                        Optional<String> rebuiltBecause, IndexConfig indexConfig, Embedder embedder, Runnable betweenCommits) {
        this.store = store;
        this.layout = store.layout();
        this.fingerprints = Map.copyOf(fingerprints);
        this.generation = generation;
        this.rebuild = rebuild;
        this.rebuiltBecause = rebuiltBecause;
        this.indexConfig = indexConfig.withEmbeddingCache(layout.embeddings());
        this.embedder = embedder;
        this.betweenCommits = betweenCommits;
    }

    /**
     * Opens the store in {@code dir} for one update: the current data directory, or a new one when
     * there is no store or it must be rebuilt (forced, an older layout, damaged, an index that missed
     * an update, was written by another version or with the other embedding setting).
     *
     * @param embedder the model to embed with, or null to load one when {@code indexConfig} asks for embeddings
     */
    public static StoreWriter open(Path dir, IriScheme iris, IndexConfig indexConfig, Embedder embedder, boolean force) {
        return open(dir, iris, indexConfig, embedder, force, () -> { });
    }

    /** As {@link #open(Path, IriScheme, IndexConfig, Embedder, boolean)}, running {@code betweenCommits} after the index's commit and before the graph's. */
    static StoreWriter open(Path dir, IriScheme iris, IndexConfig indexConfig, Embedder embedder, boolean force,
                            Runnable betweenCommits) {
        Objects.requireNonNull(dir, "dir");
        Objects.requireNonNull(iris, "iris");
        Objects.requireNonNull(indexConfig, "indexConfig");
        // CURRENT is read now: a watcher's earlier run may have rebuilt the store.
        StoreLayout live = new StoreLayout(dir);
        long generation = 0;
        String rebuild = force ? "--force" : live.legacy() ? "it was written by an older Minutegraph" : null;
        if (rebuild == null && live.exists()) {
            MinutegraphStore store = null;
            try {
                store = MinutegraphStore.open(live, iris);
                Map<String, String> existing = store.fingerprints();
                generation = store.generation();
                Optional<String> stale = staleness(live.index(), generation, !existing.isEmpty(), indexConfig.embeddings());
                if (stale.isEmpty()) {
                    String wanted = Long.toString(generation);
                    // An update that failed between the commits left a newer index commit: readers refreshing to the last commit must not see it.
                    PassageIndexWriter.recommit(live.index(), data -> wanted.equals(data.get(GENERATION)));
                    return new StoreWriter(store, existing, generation, false, Optional.empty(), indexConfig, embedder, betweenCommits);
                }
                rebuild = stale.get();
            } catch (RuntimeException e) {
                rebuild = "it is damaged (" + e.getMessage() + ")";
            }
            if (store != null) {
                store.close();
            }
        } else if (rebuild != null && live.exists()) {
            generation = generationOf(live, iris);
        }
        if (live.exists()) {
            live.removeOthers(); // what interrupted builds left; the store itself stays until the new one replaces it
        }
        MinutegraphStore store = MinutegraphStore.open(live.next(), iris);
        return new StoreWriter(store, Map.of(), generation, true, Optional.ofNullable(rebuild), indexConfig, embedder, betweenCommits);
    }

    /**
     * Why the index cannot take the next update, if it cannot: it has no commit of the graph's
     * generation (missing, or it missed an update), was written with another index schema (Lucene
     * refuses a field whose doc values changed), or with the other embedding setting.
     */
    private static Optional<String> staleness(Path index, long graphGeneration, boolean graphHasFiles, boolean embeddings) {
        List<Map<String, String>> commits = PassageIndex.commits(index);
        if (commits.isEmpty()) {
            return graphHasFiles ? Optional.of("its index is missing") : Optional.empty();
        }
        Optional<Map<String, String>> matching = atGeneration(commits, graphGeneration);
        if (matching.isEmpty()) {
            return Optional.of("its index is at generation " + commits.getLast().get(GENERATION) + " and its graph at "
                    + graphGeneration + " (an earlier ingest was interrupted)");
        }
        Map<String, String> data = matching.get();
        if (!PassageSchema.SCHEMA_VERSION.equals(data.get(SCHEMA_VERSION))) {
            return Optional.of("its index was written by another version of Minutegraph");
        }
        String model = data.get(EMBEDDING_MODEL);
        boolean embedded = model != null && !model.isBlank() && !model.equals("none");
        if (embedded != embeddings) {
            return Optional.of(embeddings ? "embeddings were asked for" : "--no-embeddings was asked for");
        }
        return Optional.empty();
    }

    /** The newest of the index's commits that belongs to the graph's generation. */
    static Optional<Map<String, String>> atGeneration(List<Map<String, String>> commits, long generation) {
        String wanted = Long.toString(generation);
        return commits.reversed().stream().filter(c -> wanted.equals(c.get(GENERATION))).findFirst();
    }

    /** The generation of a store about to be rebuilt, so that the rebuild's is higher; 0 when it cannot be read. */
    private static long generationOf(StoreLayout layout, IriScheme iris) {
        try (MinutegraphStore store = MinutegraphStore.open(layout, iris)) {
            return store.generation();
        } catch (RuntimeException unreadable) {
            return 0;
        }
    }

    /** Source path → fingerprint of every file in the store; empty when it is rebuilt. */
    public Map<String, String> fingerprints() {
        return fingerprints;
    }

    /** The generation the store is at; an update writes the next one. */
    public long generation() {
        return generation;
    }

    /** True when this update writes a new data directory (a new store or a rebuild): every file must be written. */
    public boolean rebuilding() {
        return rebuild;
    }

    /** Why an existing store is rebuilt, when it is. */
    public Optional<String> rebuiltBecause() {
        return rebuiltBecause;
    }

    /**
     * Applies one update of generation {@link #generation()} + 1 to graph and index, and publishes a
     * rebuilt store; on failure the store is as it was (a rebuild's directory is removed).
     *
     * @param corpus the new corpus graph, stating generation {@link #generation()} + 1
     * @param vocabulary the new vocabulary graph, or null to keep the current one
     */
    public Applied apply(Collection<String> removed, Collection<FileGraph> written, Model corpus, Model vocabulary,
                         IndexContext context) {
        long next = generation + 1;
        try (PassageIndexWriter index = openIndex()) {
            // The index is written and prepared on its own thread while TDB2 writes the graphs: the two share nothing.
            Background<Void> indexing = Background.start("index", () -> {
                removed.forEach(index::delete);
                written.forEach(f -> index.delete(f.meeting().sourcePath()));
                index.addAll(written.stream().map(FileGraph::meeting).toList(), context);
                index.prepareCommit(commitData(next, index.embeddingModel()));
                return null;
            });
            long graphMillis;
            try {
                graphMillis = new GraphUpdate(store).apply(removed, written, corpus, vocabulary, () -> {
                    indexing.join();
                    index.commit();
                    betweenCommits.run();
                });
            } catch (RuntimeException | Error e) {
                indexing.awaitQuietly();
                index.rollback();
                throw e;
            }
            if (rebuild) {
                layout.publish(); // graph and index are committed in the new data directory: it becomes the store in one rename
                layout.removeOthers();
            }
            return new Applied(graphMillis, index.stats());
        } catch (RuntimeException | Error e) {
            if (rebuild) {
                // Out of this JVM's TDB2 cache too: a later update may write a data directory of the same name.
                store.discard();
                Trees.delete(layout.data());
            }
            throw e;
        }
    }

    /** The index at the store's generation; a rebuild starts from an empty index. */
    private PassageIndexWriter openIndex() {
        if (rebuild) {
            Trees.delete(layout.index());
        }
        String wanted = Long.toString(generation);
        PassageIndexWriter writer = PassageIndexWriter.open(layout.index(), indexConfig,
                indexConfig.embeddings() ? embedder : null, data -> rebuild || wanted.equals(data.get(GENERATION)));
        try {
            if (rebuild) {
                writer.deleteAll();
            } else {
                String recorded = atGeneration(PassageIndex.commits(layout.index()), generation)
                        .map(d -> d.get(EMBEDDING_MODEL)).orElse(writer.embeddingModel());
                if (!recorded.equals(writer.embeddingModel())) {
                    throw new IndexException("The index at " + layout.index() + " holds embeddings of '" + recorded
                            + "' but this ingest uses '" + writer.embeddingModel() + "': re-ingest with --force or use the same model");
                }
            }
            return writer;
        } catch (RuntimeException e) {
            writer.close();
            throw e;
        }
    }

    /** Everything an index commit records, in one place. */
    private static Map<String, String> commitData(long generation, String embeddingModel) {
        Map<String, String> data = new HashMap<>();
        data.put(GENERATION, Long.toString(generation));
        data.put(SCHEMA_VERSION, PassageSchema.SCHEMA_VERSION);
        data.put(EMBEDDING_MODEL, embeddingModel);
        return data;
    }

    /** Number of triples in the store's graph. */
    public long tripleCount() {
        return store.tripleCount();
    }

    @Override
    public void close() {
        store.close();
    }
}
