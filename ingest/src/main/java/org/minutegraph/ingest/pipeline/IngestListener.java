package org.minutegraph.ingest.pipeline;

/** Hears how far an ingest has come, e.g. to drive a progress bar. Called from one thread at a time. */
public interface IngestListener {

    /** A stage starts with this many steps (0 when unknown). */
    default void stage(String name, int steps) {
    }

    /** One step of the current stage is done. */
    default void step() {
    }

    IngestListener SILENT = new IngestListener() { };
}
