package org.minutegraph.ingest.index;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.FutureTask;
import java.util.function.Predicate;

import org.apache.lucene.document.Document;
import org.apache.lucene.document.KnnFloatVectorField;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.IndexCommit;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.index.Term;
import org.apache.lucene.index.VectorSimilarityFunction;
import org.apache.lucene.store.ByteBuffersDirectory;
import org.apache.lucene.store.Directory;
import org.apache.lucene.store.FSDirectory;
import org.apache.lucene.store.LockObtainFailedException;
import org.minutegraph.ingest.model.Meeting;

import static org.minutegraph.ingest.index.PassageSchema.*;

/**
 * Writes passages of meetings into the Lucene index of a store, with two-phase commit so the
 * store can keep the index and the graph consistent:
 *
 * <pre>{@code
 * try (PassageIndexWriter w = PassageIndexWriter.open(indexDir, config, embedder, data -> true)) {
 *     w.delete("container/20230220.md");     // a file deleted or changed
 *     w.add(meeting, context);                // replaces the file's passages
 *     w.prepareCommit(Map.of("generation", "42"));
 *     w.commit();                             // or w.rollback() on any failure
 * }
 * }</pre>
 *
 * What the user data of a commit says is the store's business; the index keeps its last commit and
 * the one before ({@link KeepPreviousCommitPolicy}), and a writer may start from either.
 *
 * Passages are buffered and embedded in batches; only texts whose SHA-256 is not in the
 * {@link EmbeddingCache} are embedded. Closing without {@link #commit()} discards the changes.
 */
public final class PassageIndexWriter implements AutoCloseable {

    /** Below this many meetings one thread writes them: a second index is not worth its setup. */
    private static final int MIN_MEETINGS_IN_HALVES = 64;

    private final Path indexDir;
    private final IndexConfig config;
    private final Directory directory;
    private final IndexWriter writer;
    private final Embedder embedder;
    private final boolean ownsEmbedder;
    private final EmbeddingCache cache;
    private final PassageDocuments documents;
    private final Map<String, List<PassageDocuments.Passage>> pending = new LinkedHashMap<>();
    private int pendingPassages;
    private boolean prepared;
    private boolean finished;
    private final Stats stats = new Stats();

    /** What one writer did: passages written, vectors computed, vectors taken from the cache. */
    public static final class Stats {
        private int passages;
        private int embedded;
        private int cached;
        private long embedNanos;

        public int passages() {
            return passages;
        }

        public int embedded() {
            return embedded;
        }

        public int cached() {
            return cached;
        }

        /** Time spent computing vectors (not counting the cache). */
        public long embedMillis() {
            return embedNanos / 1_000_000;
        }

        @Override
        public String toString() {
            return passages + " passages, " + embedded + " embedded, " + cached + " vectors from cache";
        }
    }

    private PassageIndexWriter(Path indexDir, IndexConfig config, Directory directory, IndexWriter writer,
            Embedder embedder, boolean ownsEmbedder, EmbeddingCache cache) {
        this.indexDir = indexDir;
        this.config = config;
        this.directory = directory;
        this.writer = writer;
        this.embedder = embedder;
        this.ownsEmbedder = ownsEmbedder;
        this.cache = cache;
        this.documents = new PassageDocuments(config);
    }

    /** Opens (or creates) the index at {@code indexDir} at its last commit; see {@link #open(Path, IndexConfig, Embedder, Predicate)}. */
    public static PassageIndexWriter open(Path indexDir, IndexConfig config, Embedder embedder) {
        return open(indexDir, config, embedder, data -> true);
    }

    /**
     * Opens (or creates) the index at {@code indexDir}, starting from its newest commit whose user
     * data {@code from} accepts (a newer one is dropped by this writer's commit). With embeddings on
     * and {@code embedder} null, the MiniLM model is loaded and closed with this writer.
     *
     * @throws IndexException if another process writes the index, or no commit is accepted
     */
    public static PassageIndexWriter open(Path indexDir, IndexConfig config, Embedder embedder, Predicate<Map<String, String>> from) {
        Objects.requireNonNull(indexDir, "indexDir");
        Objects.requireNonNull(config, "config");
        Objects.requireNonNull(from, "from");
        boolean embeddings = config.embeddings();
        if (embeddings && embedder != null && embedder.isNone()) {
            throw new IllegalArgumentException("embeddings are on in the index config but the embedder is none");
        }
        Directory directory = null;
        Embedder used = null;
        boolean owns = false;
        try {
            Files.createDirectories(indexDir);
            if (embeddings) {
                owns = embedder == null;
                used = owns ? MiniLmEmbedder.load(config.embeddingThreads()) : embedder;
            } else {
                used = Embedder.none();
            }
            directory = FSDirectory.open(indexDir);
            IndexWriterConfig writerConfig = writerConfig();
            if (DirectoryReader.indexExists(directory)) {
                IndexCommit start = PassageIndex.newest(DirectoryReader.listCommits(directory), from);
                if (start == null) {
                    throw new IndexException("No commit of the index at " + indexDir + " is the one to update: re-ingest with --force");
                }
                writerConfig.setIndexCommit(start);
            }
            IndexWriter writer = new IndexWriter(directory, writerConfig);
            EmbeddingCache cache = embeddings
                    ? EmbeddingCache.open(config.embeddingCacheFor(indexDir), used.modelId(), used.dimensions())
                    : null;
            return new PassageIndexWriter(indexDir, config, directory, writer, used, owns, cache);
        } catch (LockObtainFailedException e) {
            cleanUp(directory, owns ? used : null);
            throw new IndexException("The index at " + indexDir + " is being written by another process", e);
        } catch (IOException e) {
            cleanUp(directory, owns ? used : null);
            throw new IndexException("Cannot open the index at " + indexDir + ": " + e.getMessage(), e);
        } catch (RuntimeException e) {
            cleanUp(directory, owns ? used : null);
            throw e;
        }
    }

    /**
     * Makes the newest commit that {@code from} accepts the last commit again (a newer one, left by an
     * update whose graph never committed, is kept only as the commit before the last), so that a
     * reader refreshing to the last commit finds it. Nothing happens when it already is the last.
     */
    public static void recommit(Path indexDir, Predicate<Map<String, String>> from) {
        if (!Files.isDirectory(indexDir)) {
            return;
        }
        try (Directory directory = FSDirectory.open(indexDir)) {
            if (!DirectoryReader.indexExists(directory)) {
                return;
            }
            List<IndexCommit> commits = DirectoryReader.listCommits(directory);
            IndexCommit start = PassageIndex.newest(commits, from);
            if (start == null || start == commits.getLast()) {
                return;
            }
            try (IndexWriter writer = new IndexWriter(directory, writerConfig().setIndexCommit(start))) {
                writer.setLiveCommitData(start.getUserData().entrySet());
                writer.commit();
            }
        } catch (IOException e) {
            throw new IndexException("Cannot go back to an earlier commit of " + indexDir + ": " + e.getMessage(), e);
        }
    }

    private static IndexWriterConfig writerConfig() {
        return new IndexWriterConfig(MinutesAnalyzer.forIndexing())
                .setOpenMode(IndexWriterConfig.OpenMode.CREATE_OR_APPEND)
                .setCommitOnClose(false)
                .setIndexDeletionPolicy(new KeepPreviousCommitPolicy())
                .setRAMBufferSizeMB(64);
    }

    /** The id of the model the vectors are computed with ("none" without embeddings). */
    public String embeddingModel() {
        return embedder.modelId();
    }

    /** Removes every passage of the file (deleted or about to be re-added). */
    public void delete(String sourcePath) {
        Objects.requireNonNull(sourcePath, "sourcePath");
        checkOpen();
        List<PassageDocuments.Passage> dropped = pending.remove(sourcePath);
        if (dropped != null) {
            pendingPassages -= dropped.size();
        }
        try {
            writer.deleteDocuments(new Term(SOURCE_PATH, sourcePath));
        } catch (IOException e) {
            throw new IndexException("Cannot delete passages of " + sourcePath + " from " + indexDir, e);
        }
    }

    /** Removes every passage: for a rebuild from scratch. */
    public void deleteAll() {
        checkOpen();
        pending.clear();
        pendingPassages = 0;
        try {
            writer.deleteAll();
        } catch (IOException e) {
            throw new IndexException("Cannot clear the index at " + indexDir, e);
        }
    }

    /** Replaces the passages of the meeting's file with those of {@code meeting}. */
    public void add(Meeting meeting, IndexContext context) {
        Objects.requireNonNull(meeting, "meeting");
        Objects.requireNonNull(context, "context");
        checkOpen();
        List<PassageDocuments.Passage> passages = documents.build(meeting, context);
        List<PassageDocuments.Passage> previous = pending.put(meeting.sourcePath(), passages);
        pendingPassages += passages.size() - (previous == null ? 0 : previous.size());
        if (pendingPassages >= config.batchSize()) {
            flushPending();
        }
    }

    /**
     * Adds the passages of the meetings, in order; see {@link #add}. An empty index without
     * embeddings (a new store, a rebuild) is written in two halves on two threads, each into an index
     * in memory, which are then appended to this one in order: the documents, their order and so
     * every search answer are those of one thread's writing, in about half the time. Indexing was a
     * fresh ingest's longest single-threaded step.
     */
    public void addAll(List<Meeting> meetings, IndexContext context) {
        Objects.requireNonNull(context, "context");
        checkOpen();
        if (cache != null || !pending.isEmpty() || writer.getDocStats().maxDoc > 0
                || meetings.size() < MIN_MEETINGS_IN_HALVES || Runtime.getRuntime().availableProcessors() < 2) {
            meetings.forEach(m -> add(m, context));
            return;
        }
        List<Meeting> first = meetings.subList(0, meetings.size() / 2);
        List<Meeting> second = meetings.subList(meetings.size() / 2, meetings.size());
        FutureTask<Directory> secondHalf = new FutureTask<>(() -> inMemory(second, context));
        Thread.ofPlatform().name("minutegraph-index-half").daemon().start(secondHalf);
        try (Directory firstDir = inMemory(first, context); Directory secondDir = secondHalf.get()) {
            writer.addIndexes(firstDir, secondDir);
        } catch (IOException e) {
            throw new IndexException("Cannot write passages to " + indexDir + ": " + e.getMessage(), e);
        } catch (ExecutionException e) {
            throw e.getCause() instanceof RuntimeException r ? r
                    : new IndexException("Cannot write passages to " + indexDir + ": " + e.getCause(), e.getCause());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IndexException("Interrupted while writing passages to " + indexDir, e);
        } finally {
            secondHalf.cancel(true);
        }
    }

    private Directory inMemory(List<Meeting> meetings, IndexContext context) throws IOException {
        Directory dir = new ByteBuffersDirectory();
        try (IndexWriter half = new IndexWriter(dir, writerConfig())) {
            for (Meeting meeting : meetings) {
                List<Document> docs = documents.build(meeting, context).stream().map(PassageDocuments.Passage::document).toList();
                half.addDocuments(docs);
                synchronized (stats) {
                    stats.passages += docs.size();
                }
            }
            half.commit();
        }
        return dir;
    }

    /** First phase: everything written and synced, {@code userData} attached to the commit; nothing visible yet. */
    public void prepareCommit(Map<String, String> userData) {
        checkOpen();
        flushPending();
        if (cache != null) {
            cache.flush();
        }
        writer.setLiveCommitData(Map.copyOf(userData).entrySet());
        try {
            writer.prepareCommit();
            prepared = true;
        } catch (IOException e) {
            throw new IndexException("Cannot prepare the commit of " + indexDir + ": " + e.getMessage(), e);
        }
    }

    /** Second phase: makes the prepared changes visible and durable. */
    public void commit() {
        checkOpen();
        if (!prepared) {
            throw new IllegalStateException("commit() without prepareCommit()");
        }
        try {
            writer.commit();
            finished = true;
        } catch (IOException e) {
            throw new IndexException("Cannot commit " + indexDir + ": " + e.getMessage(), e);
        }
    }

    /** Discards every change since open (also after prepareCommit); the writer is closed. */
    public void rollback() {
        if (finished) {
            return;
        }
        finished = true;
        pending.clear();
        try {
            writer.rollback();
        } catch (IOException e) {
            throw new IndexException("Cannot roll back " + indexDir + ": " + e.getMessage(), e);
        }
    }

    public Stats stats() {
        return stats;
    }

    @Override
    public void close() {
        try {
            if (!finished) {
                rollback();
            } else if (writer.isOpen()) {
                writer.close();
            }
        } catch (IOException e) {
            throw new IndexException("Cannot close the index at " + indexDir + ": " + e.getMessage(), e);
        } finally {
            cleanUp(directory, ownsEmbedder ? embedder : null);
        }
    }

    private void flushPending() {
        if (pending.isEmpty()) {
            return;
        }
        if (cache != null) {
            attachVectors(pending.values().stream().flatMap(List::stream).toList());
        }
        try {
            for (Map.Entry<String, List<PassageDocuments.Passage>> e : pending.entrySet()) {
                Term term = new Term(SOURCE_PATH, e.getKey());
                List<Document> docs = e.getValue().stream().map(PassageDocuments.Passage::document).toList();
                if (docs.isEmpty()) {
                    writer.deleteDocuments(term);
                } else {
                    writer.updateDocuments(term, docs);
                }
                stats.passages += docs.size();
            }
        } catch (IOException e) {
            throw new IndexException("Cannot write passages to " + indexDir + ": " + e.getMessage(), e);
        }
        pending.clear();
        pendingPassages = 0;
    }

    /** Vectors from the cache where the text was seen before; the rest embedded in one batch. */
    private void attachVectors(List<PassageDocuments.Passage> passages) {
        Map<String, String> missing = new LinkedHashMap<>();
        for (PassageDocuments.Passage p : passages) {
            if (cache.get(p.textHash()).isEmpty()) {
                missing.putIfAbsent(p.textHash(), p.embeddingText());
            }
        }
        if (!missing.isEmpty()) {
            List<String> hashes = new ArrayList<>(missing.keySet());
            long t0 = System.nanoTime();
            List<float[]> vectors = embedder.embedAll(new ArrayList<>(missing.values()));
            stats.embedNanos += System.nanoTime() - t0;
            for (int i = 0; i < hashes.size(); i++) {
                cache.put(hashes.get(i), vectors.get(i));
            }
        }
        stats.embedded += missing.size();
        stats.cached += passages.size() - missing.size();
        for (PassageDocuments.Passage p : passages) {
            float[] vector = cache.get(p.textHash()).orElseThrow();
            p.document().add(new KnnFloatVectorField(VECTOR, vector, VectorSimilarityFunction.COSINE));
        }
    }

    private void checkOpen() {
        if (finished) {
            throw new IllegalStateException("the index writer of " + indexDir + " has already committed or rolled back");
        }
    }

    private static void cleanUp(Directory directory, Embedder owned) {
        try {
            if (directory != null) {
                directory.close();
            }
        } catch (IOException ignored) {
            // nothing more to release
        } finally {
            if (owned != null) {
                owned.close();
            }
        }
    }
}
