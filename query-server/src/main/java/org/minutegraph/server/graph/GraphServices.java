package org.minutegraph.server.graph;

import java.time.Duration;
import java.util.Objects;

import org.minutegraph.ingest.store.MinutegraphStore;

/**
 * Every graph read service over one store, sharing one entity resolver (and so one label table).
 *
 * <pre>
 * GraphServices graph = GraphServices.over(store);             // 5 s timeout per query
 * graph.timelines().timeline("Harbor", Optional.empty(), Optional.empty());
 * graph.meetings().meeting("container/20230220.md");
 * </pre>
 */
public record GraphServices(
        EntityResolver resolver,
        TimelineService timelines,
        MeetingService meetings,
        EntityService entities,
        SummaryService summaries,
        GraphStatsService stats) {

    /** How long one graph query may run before it is cancelled. */
    public static final Duration DEFAULT_TIMEOUT = Duration.ofSeconds(5);

    public GraphServices {
        Objects.requireNonNull(resolver, "resolver");
        Objects.requireNonNull(timelines, "timelines");
        Objects.requireNonNull(meetings, "meetings");
        Objects.requireNonNull(entities, "entities");
        Objects.requireNonNull(summaries, "summaries");
        Objects.requireNonNull(stats, "stats");
    }

    /** The services with the default timeout. */
    public static GraphServices over(MinutegraphStore store) {
        return over(store, DEFAULT_TIMEOUT);
    }

    /** The services, each query cancelled after {@code timeout}. */
    public static GraphServices over(MinutegraphStore store, Duration timeout) {
        GraphQueries queries = new GraphQueries(store, timeout);
        EntityResolver resolver = new EntityResolver(queries);
        return new GraphServices(resolver, new TimelineService(resolver, queries), new MeetingService(queries),
                new EntityService(queries), new SummaryService(resolver, queries), new GraphStatsService(queries));
    }
}
