package org.minutegraph.ingest.index;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.Predicate;

import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.FieldInfo;
import org.apache.lucene.index.FieldInfos;
import org.apache.lucene.index.IndexCommit;
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

    /** Opens the last commit of the index at {@code indexDir}; fails if none was committed there. */
    public static PassageIndex open(Path indexDir) {
        return open(indexDir, data -> true);
    }

    /**
     * Opens the newest commit of the index at {@code indexDir} whose user data {@code commit} accepts
     * (the index keeps its commit before the last, see {@link PassageIndexWriter}); fails if there is none.
     */
    public static PassageIndex open(Path indexDir, Predicate<Map<String, String>> commit) {
        Objects.requireNonNull(indexDir, "indexDir");
        Objects.requireNonNull(commit, "commit");
        if (!Files.isDirectory(indexDir)) {
            throw new IndexException("No search index at " + indexDir + ": run 'minutegraph ingest' first");
        }
        Directory directory = null;
        try {
            directory = FSDirectory.open(indexDir);
            if (!DirectoryReader.indexExists(directory)) {
                throw new IndexException("No committed search index at " + indexDir + ": run 'minutegraph ingest' first");
            }
            IndexCommit chosen = newest(DirectoryReader.listCommits(directory), commit);
            if (chosen == null) {
                throw new IndexException("No commit of the search index at " + indexDir + " is the one asked for: run 'minutegraph ingest'");
            }
            return new PassageIndex(indexDir, directory, new SearcherManager(DirectoryReader.open(chosen), new SearcherFactory()));
        } catch (IOException e) {
            closeQuietly(directory);
            throw new IndexException("Cannot open the search index at " + indexDir + ": " + e.getMessage(), e);
        } catch (RuntimeException e) {
            closeQuietly(directory);
            throw e;
        }
    }

    /** The user data of every commit the index at {@code indexDir} keeps, oldest first; empty when there is no index. */
    public static List<Map<String, String>> commits(Path indexDir) {
        if (!Files.isDirectory(indexDir)) {
            return List.of();
        }
        try (Directory dir = FSDirectory.open(indexDir)) {
            if (!DirectoryReader.indexExists(dir)) {
                return List.of();
            }
            // The commit points alone: opening a reader would load every segment to read a few strings.
            List<Map<String, String>> out = new java.util.ArrayList<>();
            for (IndexCommit c : DirectoryReader.listCommits(dir)) {
                out.add(Map.copyOf(c.getUserData()));
            }
            return List.copyOf(out);
        } catch (IOException e) {
            throw new IndexException("Cannot read the index at " + indexDir + ": " + e.getMessage(), e);
        }
    }

    static IndexCommit newest(List<IndexCommit> commits, Predicate<Map<String, String>> accepted) throws IOException {
        for (int i = commits.size() - 1; i >= 0; i--) {
            if (accepted.test(commits.get(i).getUserData())) {
                return commits.get(i);
            }
        }
        return null;
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

    /** The user data of the visible commit (what the store recorded with it: its generation, ...). */
    public Map<String, String> commitUserData() {
        return withSearcher(s -> Map.copyOf(((DirectoryReader) s.getIndexReader()).getIndexCommit().getUserData()));
    }

    /** True when the passages carry vectors (the index was written with embeddings). */
    public boolean hasEmbeddings() {
        return withSearcher(s -> {
            FieldInfo vector = FieldInfos.getMergedFieldInfos(s.getIndexReader()).fieldInfo(PassageSchema.VECTOR);
            return vector != null && vector.getVectorDimension() > 0;
        });
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
