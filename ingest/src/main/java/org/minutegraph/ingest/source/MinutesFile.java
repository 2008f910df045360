package org.minutegraph.ingest.source;

import java.util.Objects;

/**
 * One minutes file as found in the source, before parsing.
 *
 * @param sourcePath path relative to the corpus root with '/' separators, without control characters
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
        if (!isUsablePath(sourcePath)) {
            throw new IllegalArgumentException("a minutes file's path holds no control characters: " + printable(sourcePath));
        }
    }

    /**
     * Whether a path can name a minutes file: one with a control character cannot, since its series,
     * IRIs, index facets and pages would carry that character (a unit separator breaks the facets).
     */
    public static boolean isUsablePath(String sourcePath) {
        return sourcePath.codePoints().noneMatch(Character::isISOControl);
    }

    /** The path with each control character shown as '?', for messages. */
    public static String printable(String sourcePath) {
        return sourcePath.codePoints().map(c -> Character.isISOControl(c) ? '?' : c)
                .collect(StringBuilder::new, StringBuilder::appendCodePoint, StringBuilder::append).toString();
    }
}
