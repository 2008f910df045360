package org.minutegraph.ingest.store;

import java.util.Collection;
import java.util.Objects;

import org.apache.jena.query.Dataset;
import org.apache.jena.query.ReadWrite;
import org.apache.jena.rdf.model.Model;
import org.minutegraph.ontology.IriScheme;

/**
 * Applies one ingest to a store: files removed, files (re)written, the corpus and vocabulary graphs
 * replaced — graph and index together or not at all.
 */
public final class StoreUpdate {

    /** IRI of the graph holding the tool vocabulary and the ontology, for queries that want labels. */
    public static String vocabularyGraph(IriScheme iris) {
        return iris.base() + "graph/_vocabulary";
    }

    private final MinutegraphStore store;

    public StoreUpdate(MinutegraphStore store) {
        this.store = Objects.requireNonNull(store, "store");
    }

    /**
     * @param removed source paths whose graphs go (deleted files, and files that are now unreadable)
     * @param written files whose graphs are replaced
     * @param corpus the new corpus graph
     * @param vocabulary the new vocabulary graph, or null to keep the current one
     * @param generation the new generation, recorded by graph and index alike
     */
    public void apply(Collection<String> removed, Collection<FileGraph> written, Model corpus, Model vocabulary,
                      long generation, IndexTransaction index) {
        Dataset ds = store.dataset();
        IriScheme iris = store.iris();
        ds.begin(ReadWrite.WRITE);
        boolean indexPrepared = false;
        try {
            for (String path : removed) {
                ds.removeNamedModel(iris.graph(path));
                index.delete(path);
            }
            for (FileGraph f : written) {
                String path = f.meeting().sourcePath();
                ds.removeNamedModel(iris.graph(path));
                ds.addNamedModel(iris.graph(path), f.graph());
                index.delete(path);
                index.add(f.meeting());
            }
            ds.removeNamedModel(iris.corpusGraph());
            ds.addNamedModel(iris.corpusGraph(), corpus);
            if (vocabulary != null) {
                ds.removeNamedModel(vocabularyGraph(iris));
                ds.addNamedModel(vocabularyGraph(iris), vocabulary);
            }
            index.prepareCommit(generation);
            indexPrepared = true;
            ds.commit();
        } catch (RuntimeException | Error e) {
            ds.abort();
            index.rollback();
            throw e instanceof StoreException se ? se
                    : new StoreException("The update was rolled back, the store is as it was before: " + e.getMessage(), e);
        } finally {
            ds.end();
        }
        // The graph is committed; a crash before this line leaves the index one generation behind,
        // which the next ingest detects and repairs.
        if (indexPrepared) {
            index.commit();
        }
    }
}
