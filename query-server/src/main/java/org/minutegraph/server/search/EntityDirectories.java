package org.minutegraph.server.search;

import java.util.concurrent.atomic.AtomicReference;

import org.apache.lucene.search.IndexSearcher;

/** The entity directory of the current index snapshot, rebuilt when the searcher changes. */
final class EntityDirectories {

    private final ConceptVocabulary vocabulary;
    private final AtomicReference<EntityDirectory> current = new AtomicReference<>();

    EntityDirectories(ConceptVocabulary vocabulary) {
        this.vocabulary = vocabulary;
    }

    EntityDirectory of(IndexSearcher searcher) throws java.io.IOException {
        EntityDirectory directory = current.get();
        if (directory == null || !directory.isFor(searcher.getIndexReader())) {
            directory = EntityDirectory.build(searcher, vocabulary);
            current.set(directory);
        }
        return directory;
    }
}
