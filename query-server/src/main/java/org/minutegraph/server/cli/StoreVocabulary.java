package org.minutegraph.server.cli;

import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.ModelFactory;
import org.apache.jena.system.Txn;
import org.minutegraph.ingest.store.MinutegraphStore;
import org.minutegraph.ingest.store.StoreUpdate;

/** The tool vocabulary the store was ingested with (built-in plus the user's files), copied out of the store. */
final class StoreVocabulary {

    private StoreVocabulary() {
    }

    static Model load(StoreOptions options) {
        try (MinutegraphStore store = options.openExisting()) {
            return Txn.calculateRead(store.dataset(), () -> ModelFactory.createDefaultModel()
                    .add(store.dataset().getNamedModel(StoreUpdate.vocabularyGraph(store.iris()))));
        }
    }
}
