package org.minutegraph.server.search;

import java.util.Locale;

/** How hits are ordered. */
public enum SortOrder {
    RELEVANCE,
    /** Newest meeting first. */
    DATE;

    /** "relevance" or "date" (any case); null or blank means relevance. */
    public static SortOrder parse(String text) {
        if (text == null || text.isBlank()) {
            return RELEVANCE;
        }
        try {
            return valueOf(text.strip().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw new InvalidQueryException("sort must be 'relevance' or 'date', not '" + text + "'");
        }
    }
}
