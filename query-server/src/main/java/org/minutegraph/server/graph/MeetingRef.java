package org.minutegraph.server.graph;

import java.util.Objects;

/** A meeting named in passing: IRI, title, ISO date and source path. */
public record MeetingRef(String iri, String title, String date, String sourcePath) {
    public MeetingRef {
        Objects.requireNonNull(iri, "iri");
        Objects.requireNonNull(title, "title");
        Objects.requireNonNull(date, "date");
        Objects.requireNonNull(sourcePath, "sourcePath");
    }
}
