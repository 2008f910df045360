package org.minutegraph.ingest.model;

import java.util.Objects;

/** Something a meeting decided, as recorded in one section. */
public record Decision(int section, String text, int startLine, int endLine) {
    public Decision {
        Objects.requireNonNull(text, "text");
        if (startLine < 1 || endLine < startLine) {
            throw new IllegalArgumentException("bad line range " + startLine + ".." + endLine);
        }
    }
}
