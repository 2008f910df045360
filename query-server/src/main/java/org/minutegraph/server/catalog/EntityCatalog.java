package org.minutegraph.server.catalog;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * Every entity a user may ask for by name, with every name it goes by, for one store generation:
 * who, suggest, timeline, search filters and pages all look names up here, so one name is one
 * entity everywhere. A name is matched by IRI, then exactly (folded by {@link EntityNames}), then
 * by the nearest spelling {@link EntityNames#allowedEdits} allows ("habour" → Harbor). When two
 * entities share a name, a label beats an alternative label, a handle and a slug; then a tool beats
 * a topic, a series, a person and a category; then the one more passages name.
 *
 * <pre>{@code
 * EntityCatalog catalog = EntityCatalog.builder().add(new EntityName("Harbor", harbor, NameSource.LABEL)).count(harbor.iri(), 12).build();
 * catalog.resolve("habour");          // Harbor
 * catalog.require("qwertz");          // EntityNotFoundException with the near names
 * }</pre>
 *
 * Immutable; lookups never touch the store.
 */
public final class EntityCatalog {

    private static final List<EntityKind> PRIORITY =
            List.of(EntityKind.TOOL, EntityKind.TOPIC, EntityKind.SERIES, EntityKind.PERSON, EntityKind.CATEGORY);

    /** A name folded once, when the catalog is built. */
    private record Key(String key, EntityName name) {
    }

    private final List<Key> keys;
    private final Map<String, List<Key>> byKey = new HashMap<>();
    private final Map<String, Entity> byIri;
    private final Map<String, List<Key>> keysByIri = new LinkedHashMap<>();
    private final Map<String, Integer> counts;
    private final Comparator<Key> strongest;

    private EntityCatalog(List<Key> keys, Map<String, Entity> byIri, Map<String, Integer> counts) {
        this.keys = List.copyOf(keys);
        this.byIri = Map.copyOf(byIri);
        this.counts = Map.copyOf(counts);
        for (Key k : this.keys) {
            byKey.computeIfAbsent(k.key(), x -> new ArrayList<>()).add(k);
            keysByIri.computeIfAbsent(k.name().entity().iri(), x -> new ArrayList<>()).add(k);
        }
        this.strongest = Comparator.comparing((Key k) -> k.name().source())
                .thenComparing(k -> rank(k.name().entity().kind()))
                .thenComparing(k -> -count(k.name().entity().iri()))
                .thenComparing(k -> k.name().entity().label());
    }

    public static Builder builder() {
        return new Builder();
    }

    /** The entity the text names: its IRI, one of its names, or a near spelling of one. */
    public Optional<Entity> resolve(String text) {
        Objects.requireNonNull(text, "text");
        String trimmed = text.strip();
        if (trimmed.startsWith("http://") || trimmed.startsWith("https://")) {
            return byIri(trimmed);
        }
        String key = EntityNames.normalise(trimmed);
        if (key.isEmpty()) {
            return Optional.empty();
        }
        return exact(key).or(() -> nearest(key));
    }

    /** The entity the text names, or an {@link EntityNotFoundException} listing the near names. */
    public Entity require(String text) {
        return resolve(text).orElseThrow(() -> notFound(text));
    }

    /** The answer to a name nothing is called: the same, with the same near names, wherever it was asked. */
    public EntityNotFoundException notFound(String text) {
        return new EntityNotFoundException(text.strip(), candidates(text, 5));
    }

    /** Up to {@code limit} entities whose names equal, start with, contain or nearly spell the text, best first. */
    public List<Entity> candidates(String text, int limit) {
        Objects.requireNonNull(text, "text");
        if (limit < 1) {
            throw new IllegalArgumentException("limit must be at least 1: " + limit);
        }
        String key = EntityNames.normalise(text.strip());
        Map<Entity, Integer> score = new LinkedHashMap<>();
        for (Key k : keys) {
            int s = closeness(key, k.key());
            if (s >= 0) {
                score.merge(k.name().entity(), s * 10 + k.name().source().ordinal(), Math::min);
            }
        }
        return score.entrySet().stream()
                .sorted(Map.Entry.<Entity, Integer>comparingByValue()
                        .thenComparing(e -> rank(e.getKey().kind()))
                        .thenComparing(e -> e.getKey().label()))
                .limit(limit)
                .map(Map.Entry::getKey)
                .toList();
    }

    public Optional<Entity> byIri(String iri) {
        return Optional.ofNullable(byIri.get(iri));
    }

    /** The entities of {@code kind} one of whose names is exactly the text (folded), strongest first. */
    public List<Entity> named(EntityKind kind, String text) {
        return byKey.getOrDefault(EntityNames.normalise(text), List.of()).stream()
                .filter(k -> k.name().entity().kind() == kind)
                .sorted(strongest)
                .map(k -> k.name().entity())
                .distinct()
                .toList();
    }

    /** The names of the entity given by {@code source}, as written (a series' slug, a topic's key). */
    public List<String> names(String iri, NameSource source) {
        return keysByIri.getOrDefault(iri, List.of()).stream()
                .filter(k -> k.name().source() == source)
                .map(k -> k.name().name())
                .distinct()
                .toList();
    }

    /** How many passages name the entity (0 when the index was not read). */
    public int count(String iri) {
        return counts.getOrDefault(iri, 0);
    }

    /**
     * Type-ahead: up to {@code limit} entities of the kinds given one of whose names has a word
     * starting with the prefix ("api" finds "Cluster API"); names starting with it first, then the
     * most frequent.
     */
    public List<Entity> complete(String prefix, Set<EntityKind> kinds, int limit) {
        String wanted = EntityNames.normalise(prefix);
        if (wanted.isEmpty()) {
            return List.of();
        }
        String inWordStart = " " + wanted;
        String compactWanted = wanted.replace(" ", "");
        record Match(Entity entity, boolean atStart) {
        }
        List<Match> matches = new ArrayList<>();
        for (Map.Entry<String, List<Key>> e : keysByIri.entrySet()) {
            Entity entity = byIri.get(e.getKey());
            if (!kinds.contains(entity.kind())) {
                continue;
            }
            boolean atStart = false;
            boolean inWord = false;
            for (Key k : e.getValue()) {
                if (k.key().startsWith(wanted)) {
                    atStart = true;
                } else if (k.key().contains(inWordStart) || startsWithIgnoringSpaces(k.key(), compactWanted)) {
                    inWord = true;
                }
            }
            if (atStart || inWord) {
                matches.add(new Match(entity, atStart));
            }
        }
        return matches.stream()
                .sorted(Comparator.comparing((Match m) -> !m.atStart())
                        .thenComparing(m -> -count(m.entity().iri()))
                        .thenComparing(m -> m.entity().label().toLowerCase(Locale.ROOT)))
                .limit(limit)
                .map(Match::entity)
                .toList();
    }

    /** How many entities the catalog holds. */
    public int size() {
        return byIri.size();
    }

    private Optional<Entity> exact(String key) {
        return byKey.getOrDefault(key, List.of()).stream().min(strongest).map(k -> k.name().entity());
    }

    private Optional<Entity> nearest(String key) {
        int max = EntityNames.allowedEdits(key);
        if (max == 0) {
            return Optional.empty();
        }
        Key best = null;
        int bestDistance = max + 1;
        for (Key k : keys) {
            int d = EditDistance.bounded(key, k.key(), max);
            if (d < bestDistance || (d == bestDistance && best != null && strongest.compare(k, best) < 0)) {
                best = k;
                bestDistance = d;
            }
        }
        return bestDistance <= max ? Optional.of(best.name().entity()) : Optional.empty();
    }

    private static int rank(EntityKind kind) {
        int i = PRIORITY.indexOf(kind);
        return i < 0 ? PRIORITY.size() : i;
    }

    /** 0 equal, 1 prefix, 2 contains or contained, 2 + edits for a near spelling; -1 not close. */
    private static int closeness(String key, String name) {
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

    /**
     * Collects names and passage counts from any number of sources (the graph's labels, the index's
     * facets); an IRI keeps the entity (label, kind) of the first name added for it.
     */
    public static final class Builder {

        private final List<Key> keys = new ArrayList<>();
        private final Set<Key> seen = new LinkedHashSet<>();
        private final Map<String, Entity> byIri = new LinkedHashMap<>();
        private final Map<String, Integer> counts = new HashMap<>();

        private Builder() {
        }

        public Builder add(EntityName name) {
            Objects.requireNonNull(name, "name");
            String key = EntityNames.normalise(name.name());
            if (key.isEmpty()) {
                return this;
            }
            Entity entity = byIri.computeIfAbsent(name.entity().iri(), iri -> name.entity());
            Key k = new Key(key, new EntityName(name.name(), entity, name.source()));
            if (seen.add(k)) {
                keys.add(k);
            }
            return this;
        }

        public Builder addAll(Iterable<EntityName> names) {
            names.forEach(this::add);
            return this;
        }

        /** Adds {@code n} passages to the count of the entity with this IRI. */
        public Builder count(String iri, int n) {
            counts.merge(Objects.requireNonNull(iri, "iri"), n, Integer::sum);
            return this;
        }

        public EntityCatalog build() {
            return new EntityCatalog(keys, byIri, counts);
        }
    }
}
