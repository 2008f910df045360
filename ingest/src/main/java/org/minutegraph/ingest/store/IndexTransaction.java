package org.minutegraph.ingest.store;

import java.util.List;

import org.minutegraph.ingest.model.Meeting;

/**
 * The index half of a store update. {@link StoreUpdate} calls it inside the TDB2 write transaction
 * and commits it in two phases around the TDB2 commit.
 */
public interface IndexTransaction extends AutoCloseable {

    /** Removes every passage of the file. */
    void delete(String sourcePath);

    /** Adds the passages of the meetings, in order (their files' old passages were deleted first). */
    void add(List<Meeting> meetings);

    /** Makes the changes durable but invisible, recording the generation. */
    void prepareCommit(long generation);

    /** Makes the prepared changes visible. */
    void commit();

    /** Drops every change since the last commit. */
    void rollback();

    @Override
    void close();

    /** For a store without an index (tests of the graph alone). */
    static IndexTransaction none() {
        return new IndexTransaction() {
            @Override public void delete(String sourcePath) { }
            @Override public void add(List<Meeting> meetings) { }
            @Override public void prepareCommit(long generation) { }
            @Override public void commit() { }
            @Override public void rollback() { }
            @Override public void close() { }
        };
    }
}
