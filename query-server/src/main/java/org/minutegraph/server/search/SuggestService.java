package org.minutegraph.server.search;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;

import org.minutegraph.ingest.index.PassageIndex;
import org.minutegraph.server.catalog.EntityNames;

/**
 * Type-ahead over the names of tools (and their aliases), topics, people (handles and names) and
 * series. A prefix matches the start of any word of a name, case-insensitively ("api" finds
 * "Cluster API"); names starting with it come first, then the most frequent in the corpus.
 */
public final class SuggestService {

    public static final int MAX_LIMIT = 50;

    private final PassageIndex index;
    private final EntityDirectories entities;

    SuggestService(PassageIndex index, EntityDirectories entities) {
        this.index = Objects.requireNonNull(index, "index");
        this.entities = entities;
    }

    public List<Suggestion> suggest(String prefix, int limit) {
        if (limit < 0) {
            throw new InvalidQueryException("limit must not be negative: " + limit);
        }
        String wanted = prefix == null ? "" : EntityNames.normalise(prefix);
        if (wanted.isEmpty()) {
            return List.of();
        }
        int n = limit == 0 ? 10 : Math.min(limit, MAX_LIMIT);
        EntityDirectory directory = index.withSearcher(entities::of);
        record Match(EntityDirectory.Entity entity, boolean atStart) {
        }
        List<Match> matches = new ArrayList<>();
        String inWordStart = " " + wanted;
        String compactWanted = wanted.replace(" ", "");
        for (EntityDirectory.Entity e : directory.entities()) {
            boolean atStart = false;
            boolean inWord = false;
            for (String normal : e.normalNames()) {
                if (normal.startsWith(wanted)) {
                    atStart = true;
                } else if (normal.contains(inWordStart) || startsWithIgnoringSpaces(normal, compactWanted)) {
                    inWord = true;
                }
            }
            if (atStart || inWord) {
                matches.add(new Match(e, atStart));
            }
        }
        return matches.stream()
                .sorted(Comparator.comparing((Match m) -> !m.atStart())
                        .thenComparing(m -> -m.entity().count())
                        .thenComparing(m -> m.entity().label().toLowerCase(java.util.Locale.ROOT)))
                .limit(n)
                .map(m -> new Suggestion(m.entity().label(), m.entity().kind(), m.entity().iri(), m.entity().count()))
                .toList();
    }

    /** Whether {@code text} without its spaces starts with {@code prefix} (which has none), without building that text. */
    static boolean startsWithIgnoringSpaces(String text, String prefix) {
        int j = 0;
        for (int i = 0; i < text.length() && j < prefix.length(); i++) {
            char c = text.charAt(i);
            if (c == ' ') {
                continue;
            }
            if (c != prefix.charAt(j++)) {
                return false;
            }
        }
        return j == prefix.length();
    }
}
