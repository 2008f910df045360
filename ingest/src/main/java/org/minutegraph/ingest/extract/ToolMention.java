package org.minutegraph.ingest.extract;

import java.util.Objects;

/**
 * One place a tool is named in a piece of prose.
 *
 * @param toolIri the tool
 * @param offset where the mention starts (a char index into the prose)
 * @param length how many chars it spans
 * @param label the vocabulary label that matched (as written in the vocabulary)
 */
public record ToolMention(String toolIri, int offset, int length, String label) {
    public ToolMention {
        Objects.requireNonNull(toolIri, "toolIri");
        Objects.requireNonNull(label, "label");
        if (offset < 0 || length < 1) {
            throw new IllegalArgumentException("bad span " + offset + "+" + length);
        }
    }

    /** The chars of {@code prose} this mention covers. */
    public String in(String prose) {
        return prose.substring(offset, offset + length);
    }
}
