package org.minutegraph.ingest.index;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.Objects;

import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.SearcherFactory;
import org.apache.lucene.search.SearcherManager;
import org.apache.lucene.store.Directory;
import org.apache.lucene.store.FSDirectory;

/**
 * The read side of the passage index: a {@link SearcherManager} over the last commit. Searches run
 * on an acquired searcher; {@link #refresh()} picks up a new commit (after an ingest).
 */
public final class PassageIndex implements AutoCloseable {

    /** Work done with a searcher; the searcher is released afterwards. */
    @FunctionalInterface
    public interface SearcherWork<T> {
        T apply(IndexSearcher searcher) throws IOException;
    }

    private final Path indexDir;
    private final Directory directory;
    private final SearcherManager manager;

    private PassageIndex(Path indexDir, Directory directory, SearcherManager manager) {
        this.indexDir = indexDir;
        this.directory = directory;
        this.manager = manager;
    }

    /** Opens the committed index at {@code indexDir}; fails if none was committed there. */
    public static PassageIndex open(Path indexDir) {
        Objects.requireNonNull(indexDir, "indexDir");
        if (!Files.isDirectory(indexDir)) {
            throw new IndexException("No search index at " + indexDir + ": run 'minutegraph ingest' first");
        }
        Directory directory = null;
        try {
            directory = FSDirectory.open(indexDir);
            if (!DirectoryReader.indexExists(directory)) {
                throw new IndexException("No committed search index at " + indexDir + ": run 'minutegraph ingest' first");
            }
            return new PassageIndex(indexDir, directory, new SearcherManager(directory, new SearcherFactory()));
        } catch (IOException e) {
            closeQuietly(directory);
            throw new IndexException("Cannot open the search index at " + indexDir + ": " + e.getMessage(), e);
        } catch (RuntimeException e) {
            closeQuietly(directory);
            throw e;
        }
    }

    /** Runs {@code work} on the current searcher and releases it. */
    public <T> T withSearcher(SearcherWork<T> work) {
        IndexSearcher searcher = acquire();
        try {
            return work.apply(searcher);
        } catch (IOException e) {
            throw new IndexException("Cannot read the search index at " + indexDir + ": " + e.getMessage(), e);
        } finally {
            release(searcher);
        }
    }

    /** The current searcher; give it back with {@link #release}. */
    public IndexSearcher acquire() {
        try {
            return manager.acquire();
        } catch (IOException e) {
            throw new IndexException("Cannot read the search index at " + indexDir + ": " + e.getMessage(), e);
        }
    }

    public void release(IndexSearcher searcher) {
        try {
            manager.release(searcher);
        } catch (IOException e) {
            throw new IndexException("Cannot release a searcher of " + indexDir + ": " + e.getMessage(), e);
        }
    }

    /** Reopens if a newer commit exists; true when the searcher changed. */
    public boolean refresh() {
        try {
            IndexSearcher before = manager.acquire();
            try {
                manager.maybeRefreshBlocking();
            } finally {
                manager.release(before);
            }
            IndexSearcher after = manager.acquire();
            try {
                return after != before;
            } finally {
                manager.release(after);
            }
        } catch (IOException e) {
            throw new IndexException("Cannot refresh the search index at " + indexDir + ": " + e.getMessage(), e);
        }
    }

    /** The commit data of the visible commit ("generation", "schemaVersion", "embeddingModel"). */
    public Map<String, String> commitUserData() {
        return withSearcher(s -> Map.copyOf(((DirectoryReader) s.getIndexReader()).getIndexCommit().getUserData()));
    }

    /** The embedding model of the vectors, or "none" for a lexical-only index. */
    public String embeddingModel() {
        return commitUserData().getOrDefault(PassageIndexWriter.COMMIT_EMBEDDING_MODEL, "none");
    }

    public boolean hasEmbeddings() {
        return !"none".equals(embeddingModel());
    }

    public Path directory() {
        return indexDir;
    }

    @Override
    public void close() {
        try {
            manager.close();
        } catch (IOException e) {
            throw new IndexException("Cannot close the search index at " + indexDir + ": " + e.getMessage(), e);
        } finally {
            closeQuietly(directory);
        }
    }

    private static void closeQuietly(Directory directory) {
        if (directory != null) {
            try {
                directory.close();
            } catch (IOException ignored) {
                // already failing or closing
            }
        }
    }
}
