package org.minutegraph.ingest.model;

/** What kind of markdown block a {@link Block} came from. */
public enum BlockKind {
    PARAGRAPH,
    LIST_ITEM,
    TABLE_ROW,
    /** Fenced or indented code: kept for display, never treated as prose by extractors. */
    CODE,
    HTML,
    QUOTE
}
