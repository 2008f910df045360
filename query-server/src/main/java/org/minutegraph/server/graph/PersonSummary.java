package org.minutegraph.server.graph;

import java.util.List;
import java.util.Objects;

/**
 * A person at a glance.
 *
 * @param firstSeen date of the first meeting they attended, took minutes of, were mentioned in or own an action of
 * @param mentions sections that mention them or name them sponsor
 * @param series series whose meetings they attended or took minutes of, with the number of meetings
 * @param topTools tools mentioned in the sections about them or holding their action items, by number of sections
 * @param topTopics topics of those sections, by number of sections
 */
public record PersonSummary(PersonView person, long meetingsAttended, long minutesTaken, long mentions,
                            String firstSeen, String lastSeen, ActionCounts actionItems,
                            List<Counted> series, List<Counted> topTools, List<Counted> topTopics) {
    public PersonSummary {
        Objects.requireNonNull(person, "person");
        Objects.requireNonNull(actionItems, "actionItems");
        series = List.copyOf(series);
        topTools = List.copyOf(topTools);
        topTopics = List.copyOf(topTopics);
    }
}
