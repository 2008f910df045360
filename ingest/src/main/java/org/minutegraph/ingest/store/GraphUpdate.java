package org.minutegraph.ingest.store;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;

import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.graph.Triple;
import org.apache.jena.query.Dataset;
import org.apache.jena.query.ReadWrite;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.vocabulary.OWL;
import org.minutegraph.ontology.IriScheme;
import org.minutegraph.ontology.MG;

/**
 * The graph half of a store update ({@link StoreWriter} runs the whole sequence): files removed,
 * files (re)written, the corpus and vocabulary graphs replaced, in one TDB2 write transaction.
 */
final class GraphUpdate {

    /** IRI of the graph holding the tool vocabulary and the ontology, for queries that want labels. */
    static String vocabularyGraph(IriScheme iris) {
        return iris.base() + "graph/_vocabulary";
    }

    private final MinutegraphStore store;

    GraphUpdate(MinutegraphStore store) {
        this.store = Objects.requireNonNull(store, "store");
    }

    /**
     * Writes the update and commits it, or nothing: {@code beforeCommit} (the index half) runs once
     * every graph is written and before TDB2 commits; if it or anything before it fails, the graph
     * is rolled back.
     *
     * @param removed source paths whose graphs go (deleted files, and files that are now unreadable)
     * @param written files whose graphs are replaced
     * @param corpus the new corpus graph (it states the new generation)
     * @param vocabulary the new vocabulary graph, or null to keep the current one
     * @return milliseconds spent building deferred file graphs
     * @throws StoreException saying the update was rolled back, or that a new store was removed
     */
    long apply(Collection<String> removed, Collection<FileGraph> written, Model corpus, Model vocabulary, Runnable beforeCommit) {
        Dataset ds = store.dataset();
        IriScheme iris = store.iris();
        long graphMillis = 0;
        ds.begin(ReadWrite.WRITE);
        boolean discardOnFailure = false;
        Throwable failure = null;
        try {
            long t = System.nanoTime();
            written.parallelStream().forEach(FileGraph::graph);
            graphMillis = (System.nanoTime() - t) / 1_000_000;
            DatasetGraph dsg = ds.asDatasetGraph();
            Node vocabularyGraph = NodeFactory.createURI(vocabularyGraph(iris));
            var bulk = EmptyStoreLoader.forEmpty(dsg);
            if (bulk.isPresent()) {
                // A new store: nothing to remove or compare, and B+trees built bottom-up.
                EmptyStoreLoader.Prepared prepared = bulk.get().prepare(sink -> {
                    for (FileGraph f : written) {
                        sink.graph(NodeFactory.createURI(iris.graph(f.meeting().sourcePath())), triples(f.graph()));
                    }
                    Node corpusGraph = NodeFactory.createURI(iris.corpusGraph());
                    sink.graph(corpusGraph, withDigest(corpusGraph, corpus));
                    if (vocabulary != null) {
                        sink.graph(vocabularyGraph, withDigest(vocabularyGraph, vocabulary));
                    }
                });
                beforeCommit.run();
                discardOnFailure = true;
                prepared.pack();
            } else {
                for (String path : removed) {
                    ds.removeNamedModel(iris.graph(path));
                }
                for (FileGraph f : written) {
                    replaceGraph(dsg, NodeFactory.createURI(iris.graph(f.meeting().sourcePath())), f.graph());
                }
                replaceWholeGraph(dsg, NodeFactory.createURI(iris.corpusGraph()), corpus);
                if (vocabulary != null) {
                    replaceWholeGraph(dsg, vocabularyGraph, vocabulary);
                }
                beforeCommit.run();
            }
            ds.commit();
        } catch (RuntimeException | Error e) {
            ds.abort();
            failure = e;
        } finally {
            ds.end();
        }
        if (failure != null && discardOnFailure) {
            store.discard();
            throw new StoreException("Writing the new store failed, so it was removed (nothing was in it before): "
                    + failure.getMessage(), failure);
        }
        if (failure != null) {
            throw failure instanceof StoreException se ? se
                    : new StoreException("The update was rolled back, the store is as it was before: " + failure.getMessage(), failure);
        }
        return graphMillis;
    }

    private static Iterable<Triple> triples(Model model) {
        return () -> model.getGraph().find();
    }

    /** The model's triples and the digest of its content, stated on the graph's IRI. */
    private static List<Triple> withDigest(Node graph, Model model) {
        List<Triple> triples = new ArrayList<>(model.getGraph().find().toList());
        String digest = GraphDigest.of(triples, t -> isContent(graph, t));
        triples.add(Triple.create(graph, OWL.versionInfo.asNode(), NodeFactory.createLiteralString(digest)));
        return triples;
    }

    /** Every triple but the generation, new on every update, and the graph's digest itself. */
    private static boolean isContent(Node graph, Triple t) {
        return !t.getPredicate().equals(MG.generation.asNode())
                && !(t.getSubject().equals(graph) && t.getPredicate().equals(OWL.versionInfo.asNode()));
    }

    /**
     * Replaces a graph that every update builds whole (corpus, vocabulary) only when its content
     * changed: reading and comparing their 14k quads was most of the work of a one-file update. The
     * graph states a digest of its content as {@code owl:versionInfo} on its IRI; {@code
     * mg:generation}, new on every update, is left out of the digest and always written.
     */
    private static void replaceWholeGraph(DatasetGraph dsg, Node graph, Model model) {
        List<Triple> wanted = withDigest(graph, model);
        Node digest = wanted.get(wanted.size() - 1).getObject();
        if (dsg.contains(graph, graph, OWL.versionInfo.asNode(), digest)) {
            dsg.deleteAny(graph, Node.ANY, MG.generation.asNode(), Node.ANY);
            wanted.stream().filter(t -> t.getPredicate().equals(MG.generation.asNode()))
                    .forEach(t -> dsg.add(graph, t.getSubject(), t.getPredicate(), t.getObject()));
            return;
        }
        replaceGraph(dsg, graph, new HashSet<>(wanted));
    }

    /**
     * Makes the named graph hold exactly the model's triples, writing only the difference: a re-ingest
     * changes a few triples of the corpus graph and of a changed file, and TDB2 writes are the slow part.
     */
    private static void replaceGraph(DatasetGraph dsg, Node graph, Model model) {
        replaceGraph(dsg, graph, model.getGraph().find().toSet());
    }

    private static void replaceGraph(DatasetGraph dsg, Node graph, Set<Triple> wanted) {
        Set<Triple> stale = new HashSet<>();
        dsg.find(graph, Node.ANY, Node.ANY, Node.ANY).forEachRemaining(q -> {
            Triple t = q.asTriple();
            if (!wanted.remove(t)) {
                stale.add(t);
            }
        });
        stale.forEach(t -> dsg.delete(graph, t.getSubject(), t.getPredicate(), t.getObject()));
        wanted.forEach(t -> dsg.add(graph, t.getSubject(), t.getPredicate(), t.getObject()));
    }
}
