package org.minutegraph.server.search;

import java.util.EnumSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;

import org.minutegraph.server.catalog.EntityCatalog;
import org.minutegraph.server.catalog.EntityCatalogs;
import org.minutegraph.server.catalog.EntityKind;

/**
 * Type-ahead over the names of tools (and their aliases), topics, people (handles and names) and
 * series, from the {@link EntityCatalog}. A prefix matches the start of any word of a name, case-insensitively ("api" finds
 * "Cluster API"); names starting with it come first, then the most frequent in the corpus.
 */
public final class SuggestService {

    public static final int MAX_LIMIT = 50;
    /** Categories are left out: type-ahead offers what a passage names. */
    private static final Set<EntityKind> KINDS = EnumSet.of(EntityKind.TOOL, EntityKind.TOPIC, EntityKind.PERSON, EntityKind.SERIES);

    private final EntityCatalogs catalogs;

    SuggestService(EntityCatalogs catalogs) {
        this.catalogs = Objects.requireNonNull(catalogs, "catalogs");
    }

    public List<Suggestion> suggest(String prefix, int limit) {
        if (limit < 0) {
            throw new InvalidQueryException("limit must not be negative: " + limit);
        }
        if (prefix == null || prefix.isBlank()) {
            return List.of();
        }
        int n = limit == 0 ? 10 : Math.min(limit, MAX_LIMIT);
        EntityCatalog catalog = catalogs.current();
        return catalog.complete(prefix, KINDS, n).stream()
                .map(e -> new Suggestion(e.label(), e.kind(), e.iri(), catalog.count(e.iri())))
                .toList();
    }
}
