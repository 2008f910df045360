package org.minutegraph.ingest.model;

import java.util.Objects;

/**
 * Something a user should know about one file: where (path and 1-based line, 0 when the whole file
 * is meant) and why. Warnings never stop an ingest.
 */
public record IngestWarning(String sourcePath, int line, String reason) {
    public IngestWarning {
        Objects.requireNonNull(sourcePath, "sourcePath");
        Objects.requireNonNull(reason, "reason");
        if (line < 0) {
            throw new IllegalArgumentException("line must be >= 0: " + line);
        }
    }

    @Override
    public String toString() {
        return line > 0 ? sourcePath + ":" + line + ": " + reason : sourcePath + ": " + reason;
    }
}
