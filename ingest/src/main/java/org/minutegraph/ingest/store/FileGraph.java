package org.minutegraph.ingest.store;

import java.util.Objects;
import java.util.function.Supplier;

import org.apache.jena.rdf.model.Model;
import org.minutegraph.ingest.model.Meeting;

/**
 * One file's new content for the store: its meeting and the named graph written from it. The graph
 * may be deferred: an update starts indexing the meetings first and builds the graphs meanwhile.
 */
public final class FileGraph {

    private final Meeting meeting;
    private final Supplier<Model> build;
    private Model graph;

    public FileGraph(Meeting meeting, Model graph) {
        this.meeting = Objects.requireNonNull(meeting, "meeting");
        this.graph = Objects.requireNonNull(graph, "graph");
        this.build = null;
    }

    private FileGraph(Meeting meeting, Supplier<Model> build) {
        this.meeting = Objects.requireNonNull(meeting, "meeting");
        this.build = Objects.requireNonNull(build, "build");
    }

    /** A file whose graph is built the first time {@link #graph()} is called. */
    public static FileGraph deferred(Meeting meeting, Supplier<Model> build) {
        return new FileGraph(meeting, build);
    }

    public Meeting meeting() {
        return meeting;
    }

    /** The named graph; built on the first call (by one thread; later calls see it through the update's hand-over). */
    public Model graph() {
        if (graph == null) {
            graph = Objects.requireNonNull(build.get(), "graph");
        }
        return graph;
    }
}
