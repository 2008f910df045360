package org.minutegraph.server.search;

import java.io.IOException;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.Supplier;

import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.MatchAllDocsQuery;
import org.apache.lucene.util.FixedBitSet;
import org.minutegraph.ingest.index.EntityValue;
import org.minutegraph.ingest.index.PassageIndex;
import org.minutegraph.ingest.index.PassageSchema;
import org.minutegraph.server.catalog.Entity;
import org.minutegraph.server.catalog.EntityCatalog;
import org.minutegraph.server.catalog.EntityCatalogs;
import org.minutegraph.server.catalog.EntityKind;
import org.minutegraph.server.catalog.EntityName;
import org.minutegraph.server.catalog.NameSource;

/**
 * The index's share of the entity catalog: the vocabulary's tools and categories with their
 * aliases, and the series, tools, topics and people of the facet fields with their keys (slug,
 * topic key, handle) and the number of passages naming each.
 */
public final class IndexNames {

    private IndexNames() {
    }

    /**
     * Catalogs of {@code first}'s names (the graph's) and then the index's, rebuilt when {@code storeVersion}
     * or the index snapshot changes.
     */
    public static EntityCatalogs catalogs(PassageIndex index, ConceptVocabulary vocabulary, Supplier<?> storeVersion,
            Supplier<List<EntityName>> first) {
        Objects.requireNonNull(index, "index");
        Objects.requireNonNull(vocabulary, "vocabulary");
        return new EntityCatalogs(() -> List.of(storeVersion.get(), index.withSearcher(IndexNames::version)), () -> {
            EntityCatalog.Builder catalog = EntityCatalog.builder().addAll(first.get());
            return index.withSearcher(searcher -> addTo(catalog, searcher, vocabulary).build());
        });
    }

    /** Catalogs of the index's names alone (no graph at hand), rebuilt with each index snapshot. */
    static EntityCatalogs catalogs(PassageIndex index, ConceptVocabulary vocabulary) {
        return catalogs(index, vocabulary, () -> 0L, List::of);
    }

    static EntityCatalog.Builder addTo(EntityCatalog.Builder catalog, IndexSearcher searcher, ConceptVocabulary vocabulary)
            throws IOException {
        for (Concept concept : vocabulary.concepts()) {
            EntityKind kind = concept.kind() == Concept.Kind.TOOL ? EntityKind.TOOL
                    : concept.kind() == Concept.Kind.CATEGORY ? EntityKind.CATEGORY : null;
            if (kind != null) {
                Entity e = new Entity(concept.iri(), concept.label(), kind);
                catalog.add(new EntityName(concept.label(), e, NameSource.LABEL));
                concept.altLabels().forEach(alt -> catalog.add(new EntityName(alt, e, NameSource.ALT_LABEL)));
            }
        }
        FixedBitSet all = MatchSet.collect(searcher, new MatchAllDocsQuery());
        add(catalog, EntityKind.TOOL, null, FacetCounter.count(searcher, all, PassageSchema.TOOL_FACET));
        add(catalog, EntityKind.TOPIC, NameSource.SLUG, FacetCounter.count(searcher, all, PassageSchema.TOPIC_FACET));
        add(catalog, EntityKind.SERIES, NameSource.SLUG, FacetCounter.count(searcher, all, PassageSchema.SERIES_FACET));
        add(catalog, EntityKind.PERSON, NameSource.HANDLE, FacetCounter.count(searcher, all, PassageSchema.PERSON_FACET));
        return catalog;
    }

    /** The index snapshot a searcher reads. */
    private static long version(IndexSearcher searcher) {
        return ((DirectoryReader) searcher.getIndexReader()).getVersion(); // a PassageIndex reads through a SearcherManager
    }

    /** Each facet value's label as a label and, when {@code keySource} is given, its key as that kind of name. */
    private static void add(EntityCatalog.Builder catalog, EntityKind kind, NameSource keySource, Map<String, Integer> counts) {
        for (Map.Entry<String, Integer> count : counts.entrySet()) {
            EntityValue v = EntityValue.decode(count.getKey());
            if (v.iri().isEmpty()) {
                continue;
            }
            Entity e = new Entity(v.iri(), v.displayLabel(), kind);
            catalog.add(new EntityName(v.displayLabel(), e, NameSource.LABEL));
            if (keySource != null) {
                catalog.add(new EntityName(v.key(), e, keySource));
            }
            catalog.count(v.iri(), count.getValue());
        }
    }
}
