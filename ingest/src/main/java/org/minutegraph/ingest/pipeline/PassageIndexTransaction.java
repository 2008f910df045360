package org.minutegraph.ingest.pipeline;

import java.util.List;
import java.util.Map;
import java.util.Objects;

import org.minutegraph.ingest.index.IndexContext;
import org.minutegraph.ingest.index.PassageIndexWriter;
import org.minutegraph.ingest.index.PassageSchema;
import org.minutegraph.ingest.model.Meeting;
import org.minutegraph.ingest.store.IndexTransaction;

/** The Lucene passage index as the index half of a store update. */
final class PassageIndexTransaction implements IndexTransaction {

    private final PassageIndexWriter writer;
    private final IndexContext context;

    PassageIndexTransaction(PassageIndexWriter writer, IndexContext context) {
        this.writer = Objects.requireNonNull(writer, "writer");
        this.context = Objects.requireNonNull(context, "context");
    }

    @Override
    public void delete(String sourcePath) {
        writer.delete(sourcePath);
    }

    @Override
    public void add(List<Meeting> meetings) {
        writer.addAll(meetings, context);
    }

    @Override
    public void prepareCommit(long generation) {
        writer.prepareCommit(Map.of(PassageSchema.COMMIT_GENERATION, Long.toString(generation)));
    }

    @Override
    public void commit() {
        writer.commit();
    }

    @Override
    public void rollback() {
        writer.rollback();
    }

    @Override
    public void close() {
        writer.close();
    }

    PassageIndexWriter.Stats stats() {
        return writer.stats();
    }
}
