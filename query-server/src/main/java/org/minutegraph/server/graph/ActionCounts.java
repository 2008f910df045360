package org.minutegraph.server.graph;

/** Action items by status; {@code unknown} counts those whose file says neither open nor done. */
public record ActionCounts(long open, long done, long unknown) {
    public ActionCounts {
        if (open < 0 || done < 0 || unknown < 0) {
            throw new IllegalArgumentException("counts must not be negative");
        }
    }

    public long total() {
        return open + done + unknown;
    }
}
