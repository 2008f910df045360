package org.minutegraph.ingest.store;

import java.util.Objects;

import org.apache.jena.rdf.model.Model;
import org.minutegraph.ingest.model.Meeting;

/** One file's new content for the store: its meeting and the named graph written from it. */
public record FileGraph(Meeting meeting, Model graph) {
    public FileGraph {
        Objects.requireNonNull(meeting, "meeting");
        Objects.requireNonNull(graph, "graph");
    }
}
