package org.minutegraph.server.graph;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.minutegraph.server.catalog.EditDistance;
import org.minutegraph.server.catalog.EntityNames;
import org.minutegraph.server.catalog.EntityKind;
import org.minutegraph.server.catalog.Entity;

/**
 * Every name by which a user may ask for an entity, normalised, held in memory for one store
 * generation. Lookups never touch the store.
 */
final class LabelTable {

    /** How a key names its entity; lower is a stronger match. */
    enum Source { LABEL, ALT_LABEL, HANDLE, SLUG }

    record Name(String key, Entity entity, Source source) {
    }

    private static final List<EntityKind> PRIORITY =
            List.of(EntityKind.TOOL, EntityKind.TOPIC, EntityKind.SERIES, EntityKind.PERSON, EntityKind.CATEGORY);

    private static final Comparator<Name> STRONGEST = Comparator
            .comparing(Name::source)
            .thenComparing(n -> PRIORITY.indexOf(n.entity().kind()))
            .thenComparing(n -> n.entity().label());

    private final Map<String, List<Name>> byKey = new HashMap<>();
    private final Map<String, Entity> byIri = new HashMap<>();
    private final List<Name> names;

    LabelTable(List<Name> names) {
        this.names = List.copyOf(names);
        for (Name n : this.names) {
            byKey.computeIfAbsent(n.key(), k -> new ArrayList<>()).add(n);
            byIri.putIfAbsent(n.entity().iri(), n.entity());
        }
    }

    int size() {
        return byIri.size();
    }

    Optional<Entity> byIri(String iri) {
        return Optional.ofNullable(byIri.get(iri));
    }

    Optional<Entity> exact(String key) {
        return byKey.getOrDefault(key, List.of()).stream().min(STRONGEST).map(Name::entity);
    }

    Optional<Entity> fuzzy(String key) {
        int max = EntityNames.allowedEdits(key);
        if (max == 0) {
            return Optional.empty();
        }
        Name best = null;
        int bestDistance = max + 1;
        for (Name n : names) {
            int d = EditDistance.bounded(key, n.key(), max);
            if (d < bestDistance || (d == bestDistance && best != null && STRONGEST.compare(n, best) < 0)) {
                best = n;
                bestDistance = d;
            }
        }
        return bestDistance <= max ? Optional.of(best.entity()) : Optional.empty();
    }

    /** Entities whose names equal, start with, contain (or are contained in) or nearly spell the key, best first. */
    List<Entity> candidates(String key, int limit) {
        Map<Entity, Integer> score = new LinkedHashMap<>();
        for (Name n : names) {
            int s = score(key, n.key());
            if (s >= 0) {
                score.merge(n.entity(), s * 10 + n.source().ordinal(), Math::min);
            }
        }
        return score.entrySet().stream()
                .sorted(Map.Entry.<Entity, Integer>comparingByValue()
                        .thenComparing(e -> PRIORITY.indexOf(e.getKey().kind()))
                        .thenComparing(e -> e.getKey().label()))
                .limit(limit)
                .map(Map.Entry::getKey)
                .toList();
    }

    private static int score(String key, String name) {
        if (key.isEmpty()) {
            return -1;
        }
        if (name.equals(key)) {
            return 0;
        }
        if (name.startsWith(key)) {
            return 1;
        }
        if ((key.length() >= 3 && name.contains(key)) || (name.length() >= 4 && key.contains(name))) {
            return 2;
        }
        int max = Math.max(1, EntityNames.allowedEdits(key) + 1);
        int d = EditDistance.bounded(key, name, max);
        return d <= max ? 2 + d : -1;
    }
}
