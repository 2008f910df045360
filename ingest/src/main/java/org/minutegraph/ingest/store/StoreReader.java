package org.minutegraph.ingest.store;

import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;

import org.minutegraph.ingest.index.IndexException;
import org.minutegraph.ingest.index.PassageIndex;
import org.minutegraph.ontology.IriScheme;

/**
 * A store opened for reading: its graph and the index commit of the graph's generation, or a
 * refusal that says what to run.
 *
 * <pre>{@code
 * try (StoreReader store = StoreReader.open(new StoreLayout(dir), iris)) {
 *     store.graph().dataset();   // SPARQL
 *     store.index().acquire();   // search
 * }
 * }</pre>
 */
public final class StoreReader implements AutoCloseable {

    private final MinutegraphStore graph;
    private final PassageIndex index;

    private StoreReader(MinutegraphStore graph, PassageIndex index) {
        this.graph = graph;
        this.index = index;
    }

    /**
     * Opens the store in {@code layout}, the index opening while the graph does (each about a second
     * on a cold JVM).
     *
     * @throws InconsistentStoreException when the index has no commit of the graph's generation
     * @throws StoreException when there is no store, it was written by an older Minutegraph, or cannot be read
     */
    public static StoreReader open(StoreLayout layout, IriScheme iris) {
        Objects.requireNonNull(layout, "layout");
        Objects.requireNonNull(iris, "iris");
        String ingest = "`minutegraph ingest --minutes DIR --store " + layout.dir() + "`";
        if (layout.legacy()) {
            throw new StoreException("The store at " + layout.dir() + " was written by an older Minutegraph: run " + ingest
                    + " to rebuild it");
        }
        if (!layout.exists()) {
            throw new StoreException("No store at " + layout.dir() + ": run " + ingest + " first, or pass --minutes to serve");
        }
        // The last index commit opens while the graph does; it is the graph's in every store but one whose graph commit failed.
        CompletableFuture<PassageIndex> last = CompletableFuture.supplyAsync(() -> PassageIndex.open(layout.index()));
        MinutegraphStore graph;
        try {
            graph = MinutegraphStore.open(layout, iris);
        } catch (RuntimeException e) {
            last.thenAccept(PassageIndex::close);
            throw e;
        }
        try {
            long generation = graph.generation();
            String wanted = Long.toString(generation);
            PassageIndex index = lastOrNull(last);
            if (index != null && wanted.equals(index.commitUserData().get(StoreWriter.GENERATION))) {
                return new StoreReader(graph, index);
            }
            if (index != null) {
                index.close();
            }
            List<Map<String, String>> commits = PassageIndex.commits(layout.index());
            if (StoreWriter.atGeneration(commits, generation).isEmpty()) {
                String at = commits.isEmpty() ? "is missing" : "is at generation " + commits.getLast().get(StoreWriter.GENERATION);
                throw new InconsistentStoreException("The store at " + layout.dir() + " is inconsistent: its graph is at generation "
                        + generation + " and its index " + at + " (an ingest was interrupted between the two commits). Run "
                        + ingest + " to repair it: the store is rebuilt from the minutes");
            }
            return new StoreReader(graph, PassageIndex.open(layout.index(), data -> wanted.equals(data.get(StoreWriter.GENERATION))));
        } catch (RuntimeException e) {
            graph.close();
            throw e instanceof StoreException se ? se
                    : new StoreException("The store at " + layout.dir() + " cannot be read (" + e.getMessage() + "): run " + ingest
                    + " to rebuild it", e);
        }
    }

    /** The graph half: TDB2, its default graph the union of the named graphs. */
    public MinutegraphStore graph() {
        return graph;
    }

    /** The index half: the passages, at the graph's generation until {@link PassageIndex#refresh()}. */
    public PassageIndex index() {
        return index;
    }

    /** Closes the index and the graph. */
    @Override
    public void close() {
        try {
            index.close();
        } finally {
            graph.close();
        }
    }

    /** The index at its last commit, or null when it has none (the caller then says why). */
    private static PassageIndex lastOrNull(CompletableFuture<PassageIndex> last) {
        try {
            return last.join();
        } catch (CompletionException e) {
            if (e.getCause() instanceof IndexException) {
                return null;
            }
            throw e.getCause() instanceof RuntimeException r ? r : e;
        }
    }
}
