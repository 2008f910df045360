package org.minutegraph.ingest.model;

import java.util.List;
import java.util.Objects;

/**
 * One block of text under a heading: a paragraph, a list item's own text (its nested items are
 * blocks of their own, with {@code depth + 1} and {@code parent} pointing back), a table row, or code.
 *
 * @param kind what markdown construct it came from
 * @param text the visible text, markup removed (emphasis, link syntax), inline code kept as text
 * @param prose the text extractors may match words in: like {@code text} but with inline code and
 *     URLs replaced by spaces (same length as {@code text}, so offsets agree); empty for CODE
 * @param raw the markdown source of the block's own lines, as written
 * @param startLine first line, 1-based
 * @param endLine last line, 1-based, {@code >= startLine}
 * @param depth list nesting depth (0 for top-level items and for non-list blocks)
 * @param parent index within the section's block list of the enclosing list item, or -1
 * @param task the task-list checkbox, if any
 * @param struckThrough true when the whole text is struck through ({@code ~~...~~})
 * @param links the links inside the block (not those of nested items)
 */
public record Block(
        BlockKind kind,
        String text,
        String prose,
        String raw,
        int startLine,
        int endLine,
        int depth,
        int parent,
        TaskState task,
        boolean struckThrough,
        List<Link> links) {

    public Block {
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(text, "text");
        Objects.requireNonNull(prose, "prose");
        Objects.requireNonNull(raw, "raw");
        Objects.requireNonNull(task, "task");
        links = List.copyOf(links);
        if (startLine < 1 || endLine < startLine) {
            throw new IllegalArgumentException("bad line range " + startLine + ".." + endLine);
        }
    }
}
