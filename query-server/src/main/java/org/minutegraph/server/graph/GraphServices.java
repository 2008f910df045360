package org.minutegraph.server.graph;

import java.time.Duration;
import java.util.Objects;

import org.minutegraph.ingest.store.MinutegraphStore;
import org.minutegraph.server.catalog.EntityCatalog;
import org.minutegraph.server.catalog.EntityCatalogs;

/**
 * Every graph read service over one store, sharing one entity catalog (names → entities, per store generation).
 *
 * <pre>
 * GraphServices graph = GraphServices.over(store);             // 5 s timeout per query
 * graph.timelines().timeline("Harbor", Optional.empty(), Optional.empty());
 * graph.meetings().meeting("container/20230220.md");
 * </pre>
 */
public record GraphServices(
        EntityCatalogs catalogs,
        TimelineService timelines,
        MeetingService meetings,
        EntityService entities,
        SummaryService summaries,
        GraphStatsService stats) {

    /** How long one graph query may run before it is cancelled. */
    public static final Duration DEFAULT_TIMEOUT = Duration.ofSeconds(5);

    public GraphServices {
        Objects.requireNonNull(catalogs, "catalogs");
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

    /** The services, each query cancelled after {@code timeout}, names resolved by the graph's labels alone. */
    public static GraphServices over(MinutegraphStore store, Duration timeout) {
        return over(store, timeout, new GraphNames(store, timeout).catalogs());
    }

    /** The services, names resolved by {@code catalogs} (the facade's, which adds the index's names and counts). */
    public static GraphServices over(MinutegraphStore store, Duration timeout, EntityCatalogs catalogs) {
        GraphQueries queries = new GraphQueries(store, timeout);
        return new GraphServices(catalogs, new TimelineService(catalogs, queries), new MeetingService(queries),
                new EntityService(queries), new SummaryService(catalogs, queries), new GraphStatsService(queries));
    }

    /** The catalog of the store as it is now. */
    public EntityCatalog catalog() {
        return catalogs.current();
    }
}
