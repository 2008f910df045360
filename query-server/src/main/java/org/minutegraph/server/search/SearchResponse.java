package org.minutegraph.server.search;

import java.util.List;
import java.util.Map;

/**
 * The answer to a search: the total number of matching passages, one page of hits, facet counts
 * over all matches, and how the ranking was made ({@code hybrid}, {@code lexical} or {@code browse}
 * for an empty query).
 */
public record SearchResponse(long total, List<SearchHit> hits, Facets facets, String mode) {

    public static final String HYBRID = "hybrid";
    public static final String LEXICAL = "lexical";
    public static final String BROWSE = "browse";

    /** Value → count, largest first. */
    public record Facets(Map<String, Integer> series, Map<String, Integer> year, Map<String, Integer> tool,
            Map<String, Integer> person) {
        public static Facets empty() {
            return new Facets(Map.of(), Map.of(), Map.of(), Map.of());
        }
    }

    static SearchResponse empty(String mode) {
        return new SearchResponse(0, List.of(), Facets.empty(), mode);
    }
}
