package org.minutegraph.server.search;

import java.io.IOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.apache.lucene.index.IndexReader;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.MatchAllDocsQuery;
import org.apache.lucene.util.FixedBitSet;
import org.minutegraph.ingest.index.EntityValue;
import org.minutegraph.ingest.index.PassageSchema;
import org.minutegraph.server.catalog.EntityNames;
import org.minutegraph.server.catalog.EntityKind;

/**
 * The entities of one index snapshot with the number of passages naming each: series, tools,
 * topics and people from the facet fields, plus the vocabulary's tools and aliases. Who and
 * type-ahead resolve names against it.
 */
final class EntityDirectory {

    /**
     * An entity and every name it may be typed as; {@code normalNames} are those names through
     * {@link EntityNames}, computed once per snapshot instead of on every lookup.
     */
    record Entity(EntityKind kind, String key, String label, String iri, int count, List<String> names, List<String> normalNames) {

        Entity(EntityKind kind, String key, String label, String iri, int count, List<String> names) {
            this(kind, key, label, iri, count, names, names.stream().map(EntityNames::normalise).toList());
        }
    }

    private final List<Entity> entities;
    /** Entities by each of their normalised names, in directory order. */
    private final Map<String, List<Entity>> byNormalName;
    private final IndexReader reader;

    private EntityDirectory(List<Entity> entities, IndexReader reader) {
        this.entities = List.copyOf(entities);
        this.reader = reader;
        Map<String, List<Entity>> index = new HashMap<>();
        for (Entity e : this.entities) {
            for (String normal : new LinkedHashSet<>(e.normalNames())) {
                index.computeIfAbsent(normal, k -> new ArrayList<>()).add(e);
            }
        }
        this.byNormalName = index;
    }

    static EntityDirectory build(IndexSearcher searcher, ConceptVocabulary vocabulary) throws IOException {
        FixedBitSet all = MatchSet.collect(searcher, new MatchAllDocsQuery());
        List<Entity> entities = new ArrayList<>();
        Map<String, Integer> toolCounts = new HashMap<>();
        for (Map.Entry<String, Integer> e : FacetCounter.count(searcher, all, PassageSchema.TOOL_FACET).entrySet()) {
            EntityValue v = EntityValue.decode(e.getKey());
            toolCounts.merge(v.iri(), e.getValue(), Integer::sum);
        }
        Set<String> toolsDone = new LinkedHashSet<>();
        for (Concept concept : vocabulary.concepts()) {
            if (concept.kind() == Concept.Kind.TOOL) {
                toolsDone.add(concept.iri());
                entities.add(new Entity(EntityKind.TOOL, concept.label(), concept.label(), concept.iri(),
                        toolCounts.getOrDefault(concept.iri(), 0), concept.allLabels()));
            }
        }
        for (Map.Entry<String, Integer> e : FacetCounter.count(searcher, all, PassageSchema.TOOL_FACET).entrySet()) {
            EntityValue v = EntityValue.decode(e.getKey());
            if (toolsDone.add(v.iri())) {
                entities.add(new Entity(EntityKind.TOOL, v.key(), v.displayLabel(), v.iri(), toolCounts.get(v.iri()), List.of(v.displayLabel())));
            }
        }
        add(entities, EntityKind.TOPIC, FacetCounter.count(searcher, all, PassageSchema.TOPIC_FACET));
        add(entities, EntityKind.SERIES, FacetCounter.count(searcher, all, PassageSchema.SERIES_FACET));
        add(entities, EntityKind.PERSON, FacetCounter.count(searcher, all, PassageSchema.PERSON_FACET));
        return new EntityDirectory(entities, searcher.getIndexReader());
    }

    private static void add(List<Entity> entities, EntityKind kind, Map<String, Integer> counts) {
        Map<String, Entity> byIri = new HashMap<>();
        for (Map.Entry<String, Integer> e : counts.entrySet()) {
            EntityValue v = EntityValue.decode(e.getKey());
            List<String> names = new ArrayList<>(List.of(v.displayLabel()));
            if (!v.key().equals(v.displayLabel())) {
                names.add(v.key());
            }
            byIri.merge(v.iri(), new Entity(kind, v.key(), v.displayLabel(), v.iri(), e.getValue(), names),
                    (a, b) -> new Entity(kind, a.key(), a.label(), a.iri(), a.count() + b.count(), a.names()));
        }
        entities.addAll(byIri.values());
    }

    List<Entity> entities() {
        return entities;
    }

    boolean isFor(IndexReader candidate) {
        return reader == candidate;
    }

    /** Entities of {@code kind} one of whose names equals {@code text}, normalised. */
    List<Entity> named(EntityKind kind, String text) {
        return byNormalName.getOrDefault(EntityNames.normalise(text), List.of()).stream()
                .filter(e -> e.kind() == kind)
                .toList();
    }

    /** Tool IRIs whose label in the index equals {@code text}. */
    Set<String> toolIrisByLabel(String text) {
        Set<String> iris = new LinkedHashSet<>();
        named(EntityKind.TOOL, text).forEach(e -> iris.add(e.iri()));
        return iris;
    }
}
