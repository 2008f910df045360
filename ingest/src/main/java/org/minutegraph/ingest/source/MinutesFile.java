package org.minutegraph.ingest.source;

import java.util.Objects;

/**
 * One minutes file as found in the source, before parsing.
 *
 * @param sourcePath path relative to the corpus root with '/' separators
 * @param series the series slug it belongs to
 * @param content the raw bytes (may be empty, binary or invalid UTF-8: the parser reports that)
 * @param contentHash SHA-256 of the content, lower-case hex
 */
public record MinutesFile(String sourcePath, String series, byte[] content, String contentHash) {
    public MinutesFile {
        Objects.requireNonNull(sourcePath, "sourcePath");
        Objects.requireNonNull(series, "series");
        Objects.requireNonNull(content, "content");
        Objects.requireNonNull(contentHash, "contentHash");
    }
}
