package org.minutegraph.ingest.model;

import java.util.List;
import java.util.Objects;

/**
 * The text under one heading, up to the next heading of any level. Sections form a tree through
 * {@code parent}; text before the first heading forms a section with level 0 and an empty heading.
 *
 * @param index position in the document's section list (0-based, document order)
 * @param heading the heading's visible text, markup removed, as written otherwise
 * @param level 1–6 for headings (markdown or HTML {@code <hN>}), 0 for text before any heading
 * @param startLine the heading's line (1-based)
 * @param endLine the last line before the next heading, or the file's last line
 * @param parent index of the enclosing section (the nearest earlier one with a lower level), or -1
 * @param blocks the blocks in document order
 */
public record DocSection(int index, String heading, int level, int startLine, int endLine, int parent, List<Block> blocks) {
    public DocSection {
        Objects.requireNonNull(heading, "heading");
        blocks = List.copyOf(blocks);
        if (level < 0 || level > 6) {
            throw new IllegalArgumentException("heading level must be 0..6: " + level);
        }
        if (startLine < 1 || endLine < startLine) {
            throw new IllegalArgumentException("bad line range " + startLine + ".." + endLine);
        }
    }
}
