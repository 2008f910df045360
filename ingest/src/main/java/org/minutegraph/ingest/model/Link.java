package org.minutegraph.ingest.model;

import java.util.Objects;

/** A hyperlink in the minutes: its target, the text shown (empty for a bare URL) and its line. */
public record Link(String url, String text, int line) {
    public Link {
        Objects.requireNonNull(url, "url");
        text = text == null ? "" : text;
    }
}
