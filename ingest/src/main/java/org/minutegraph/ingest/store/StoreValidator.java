package org.minutegraph.ingest.store;

import java.util.Objects;

import org.apache.jena.graph.Graph;
import org.apache.jena.shacl.ShaclValidator;
import org.apache.jena.shacl.Shapes;
import org.apache.jena.shacl.ValidationReport;
import org.apache.jena.sparql.graph.GraphFactory;
import org.apache.jena.system.Txn;
import org.minutegraph.ontology.Vocabularies;

/** Checks a store against the SHACL shapes of the ontology module. */
public final class StoreValidator {

    private final Shapes shapes;

    public StoreValidator() {
        this.shapes = Shapes.parse(Vocabularies.shapes().getGraph());
    }

    /** Validates the union of every graph in the store (files, corpus, vocabulary). */
    public ValidationReport validate(MinutegraphStore store) {
        Objects.requireNonNull(store, "store");
        // A copy in memory: SHACL walks the graph many times, far faster than through TDB2 transactions.
        Graph data = GraphFactory.createDefaultGraph();
        Txn.executeRead(store.dataset(), () -> store.dataset().asDatasetGraph().getUnionGraph().find().forEachRemaining(data::add));
        return ShaclValidator.get().validate(shapes, data);
    }
}
