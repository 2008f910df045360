package org.minutegraph.ingest.store;

import java.util.HashMap;
import java.util.Map;
import java.util.Objects;

import org.apache.jena.dboe.base.file.Location;
import org.apache.jena.query.Dataset;
import org.apache.jena.query.DatasetFactory;
import org.apache.jena.system.Txn;
import org.apache.jena.tdb2.DatabaseMgr;
import org.apache.jena.tdb2.TDB2;
import org.apache.jena.tdb2.params.StoreParams;
import org.apache.jena.tdb2.sys.TDBInternal;
import org.minutegraph.ontology.IriScheme;
import org.minutegraph.ontology.MG;

/**
 * The graph half of a store: the TDB2 dataset with its union default graph, and the facts ingest
 * needs about what is already in it. Readers get it from a {@link StoreReader}, writers from a
 * {@link StoreWriter}, which check it against the index.
 */
public final class MinutegraphStore implements AutoCloseable {

    /**
     * TDB2's defaults but without the GPOS and GOSP quad indexes. Every file is a small named graph
     * (about 150 triples), so a pattern with a fixed graph scans that graph in GSPO order as fast as
     * a second G-first index would find it, and queries on the union graph use SPOG, POSG and OSPG.
     * Two indexes fewer is a third less B+tree work on every write.
     *
     * <p>No cache of terms looked up and not found: the first update of a new store builds the node
     * table behind the cache's back ({@link EmptyStoreLoader}), which would leave the misses of the
     * reads before it (the empty store's fingerprints) stale for the rest of the JVM, for instance
     * in a server that ingested its store at start.
     */
    static final StoreParams STORE_PARAMS = StoreParams.builder("minutegraph", StoreParams.getDftStoreParams())
            .quadIndexes(new String[] {"GSPO", "SPOG", "POSG", "OSPG"})
            .nodeMissCacheSize(0)
            .build();

    private final StoreLayout layout;
    private final Dataset dataset;
    private final IriScheme iris;
    private boolean discarded;

    private MinutegraphStore(StoreLayout layout, Dataset dataset, IriScheme iris) {
        this.layout = layout;
        this.dataset = dataset;
        this.iris = iris;
    }

    /** Opens (creating if needed) the store in {@code layout.dir()}. */
    public static MinutegraphStore open(StoreLayout layout, IriScheme iris) {
        Objects.requireNonNull(layout, "layout");
        Objects.requireNonNull(iris, "iris");
        try {
            java.nio.file.Files.createDirectories(layout.tdb2());
            // A new store gets the quad indexes below (recorded in its tdb.cfg, so every later opener,
            // Fuseki too, uses them); an existing store keeps the ones it was created with.
            Dataset dataset = DatasetFactory.wrap(DatabaseMgr.connectDatasetGraph(Location.create(layout.tdb2()), STORE_PARAMS));
            dataset.getContext().set(TDB2.symUnionDefaultGraph, true);
            return new MinutegraphStore(layout, dataset, iris);
        } catch (java.io.IOException | RuntimeException e) {
            throw new StoreException("Cannot open the store at " + layout.dir() + ": " + e.getMessage()
                    + " (is another minutegraph process writing it?)", e);
        }
    }

    public StoreLayout layout() {
        return layout;
    }

    public IriScheme iris() {
        return iris;
    }

    /** The TDB2 dataset; its default graph is the union of the named graphs. */
    public Dataset dataset() {
        return dataset;
    }

    /** Source path → fingerprint of every file graph in the store. */
    public Map<String, String> fingerprints() {
        // Straight from the quad indexes: a query plan costs more than the lookups on a cold JVM.
        return Txn.calculateRead(dataset, () -> {
            var dsg = dataset.asDatasetGraph();
            Map<String, String> out = new HashMap<>();
            dsg.find(org.apache.jena.graph.Node.ANY, org.apache.jena.graph.Node.ANY, MG.fingerprint.asNode(), org.apache.jena.graph.Node.ANY)
                    .forEachRemaining(q -> {
                        var paths = dsg.find(q.getGraph(), q.getSubject(), MG.sourcePath.asNode(), org.apache.jena.graph.Node.ANY);
                        if (paths.hasNext()) {
                            out.put(paths.next().getObject().getLiteralLexicalForm(), q.getObject().getLiteralLexicalForm());
                        }
                    });
            return out;
        });
    }

    /** The generation of the last completed update, 0 for a new store. */
    public long generation() {
        return Txn.calculateRead(dataset, () -> {
            var graph = dataset.getNamedModel(iris.corpusGraph());
            var stmt = graph.getResource(iris.corpusGraph()).getProperty(MG.generation);
            return stmt == null ? 0L : stmt.getLong();
        });
    }

    /** A copy of the vocabulary graph: the tools and categories the store was ingested with (built-in plus the user's). */
    public org.apache.jena.rdf.model.Model vocabulary() {
        return Txn.calculateRead(dataset, () -> org.apache.jena.rdf.model.ModelFactory.createDefaultModel()
                .add(dataset.getNamedModel(GraphUpdate.vocabularyGraph(iris))));
    }

    /** Number of triples in all named graphs together (every triple of the store is in one). */
    public long tripleCount() {
        // The rows of the primary quad index: counted without decoding a single node.
        return Txn.calculateRead(dataset, () -> TDBInternal.getDatasetGraphTDB(dataset.asDatasetGraph())
                .getQuadTable().getNodeTupleTable().getTupleTable().getIndex(0).size());
    }

    /**
     * Removes the TDB2 dataset from disk and from this JVM, for an update to a new store that failed
     * after it had begun rewriting files in place ({@link EmptyStoreLoader}): there was nothing in the
     * store to keep, and the next ingest starts it afresh; and for a rebuild that failed. This handle is
     * unusable afterwards.
     */
    void discard() {
        if (discarded) {
            return;
        }
        discarded = true;
        TDBInternal.expel(dataset.asDatasetGraph(), true);
        Trees.delete(layout.tdb2());
    }

    /**
     * Releases this handle. The TDB2 connection stays cached for the JVM, so a server and an ingest
     * in the same process (serve --watch) share one dataset and see each other's commits.
     */
    @Override
    public void close() {
        if (!discarded) {
            dataset.close();
        }
    }
}
