package org.minutegraph.server.graph;

/**
 * What the store holds, for {@code /health} and the home page.
 *
 * @param toolsMentioned tools that at least one section mentions (not the whole vocabulary)
 * @param generation the store generation these figures belong to
 */
public record GraphStats(long meetings, long series, long people, long toolsMentioned, long topics, long sections,
                         long actionItems, long actionItemsOpen, long actionItemsDone, long decisions,
                         long triples, long generation) {
    public GraphStats {
        if (meetings < 0 || series < 0 || people < 0 || toolsMentioned < 0 || topics < 0 || sections < 0
                || actionItems < 0 || actionItemsOpen < 0 || actionItemsDone < 0 || decisions < 0 || triples < 0) {
            throw new IllegalArgumentException("counts must not be negative");
        }
    }
}
