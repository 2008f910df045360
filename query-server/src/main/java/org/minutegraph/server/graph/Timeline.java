package org.minutegraph.server.graph;

import java.util.List;
import java.util.Objects;
import org.minutegraph.server.catalog.Entity;

/**
 * How an entity appears in the minutes over time.
 *
 * <p>{@code first} and {@code latest} are the dates of its first and latest appearance in the whole
 * graph (null when it never appears), whatever date range was asked for. {@code buckets} run month
 * by month, empty months included, over the part of the range asked for in which it appears;
 * {@code events} are the events in that range, oldest first. For a person, the meetings they
 * attended or took minutes of count in buckets and in first/latest, though they are not events.
 */
public record Timeline(Entity entity, String first, String latest, List<TimelineBucket> buckets, List<TimelineEvent> events) {
    public Timeline {
        Objects.requireNonNull(entity, "entity");
        buckets = List.copyOf(buckets);
        events = List.copyOf(events);
    }
}
