package org.minutegraph.server.services;

import java.util.Objects;
import java.util.concurrent.atomic.AtomicReference;

import org.apache.jena.rdf.model.Model;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.util.Context;
import org.minutegraph.ingest.index.Embedder;
import org.minutegraph.ingest.index.PassageIndex;
import org.minutegraph.ingest.store.MinutegraphStore;
import org.minutegraph.ingest.store.StoreLayout;
import org.minutegraph.ingest.store.StoreReader;
import org.minutegraph.server.catalog.EntityCatalogs;
import org.minutegraph.server.graph.GraphNames;
import org.minutegraph.server.graph.GraphServices;
import org.minutegraph.server.search.ConceptVocabulary;
import org.minutegraph.server.search.IndexNames;
import org.minutegraph.server.search.PassageTexts;
import org.minutegraph.server.search.SearchServices;
import org.minutegraph.server.search.WhoWeights;
import org.minutegraph.server.sparql.SearchFunction;
import org.minutegraph.server.sparql.TextSearch;

/**
 * A store opened for reading with its services built once: graph (timelines, meetings,
 * entities, stats), search/who/suggest and the {@code mg:search} function of SPARQL, all resolving
 * names by one entity catalog, rebuilt when the store's generation (or the index snapshot) changes. Search answers
 * lexically until {@link #useEmbedder} gives it the model; close to release the store and its index.
 */
public final class Minutegraph implements AutoCloseable {

    private final MinutegraphStore store;
    private final PassageIndex index;
    private final Model vocabulary;
    private final AtomicReference<Embedder> embedder = new AtomicReference<>(Embedder.none());
    private final SearchServices search;
    private final GraphServices graph;
    private final PassageTexts passages;
    private final TextSearch text;

    private Minutegraph(Opened opened, MinutegraphConfig config) {
        this.store = opened.store();
        this.index = opened.index();
        this.vocabulary = opened.vocabulary();
        ConceptVocabulary concepts = ConceptVocabulary.from(vocabulary);
        // one catalog for graph and search: the graph's labels, then the index's keys and passage counts
        EntityCatalogs catalogs = IndexNames.catalogs(index, concepts, store::generation, new GraphNames(store, config.graphTimeout())::all);
        this.search = SearchServices.swappable(index, concepts, embedder::get, config.search(), WhoWeights.defaults(), catalogs);
        this.graph = GraphServices.over(store, config.graphTimeout(), catalogs);
        this.passages = new PassageTexts(index);
        this.text = new TextSearch(search.search());
    }

    /** Opens the store in {@code layout} (which must exist) and builds its services. */
    public static Minutegraph open(StoreLayout layout, MinutegraphConfig config) {
        Objects.requireNonNull(layout, "layout");
        Objects.requireNonNull(config, "config");
        return new Minutegraph(openStore(layout, config), config);
    }

    private record Opened(MinutegraphStore store, PassageIndex index, Model vocabulary) {
    }

    /** Opens graph and index (their generations checked by {@link StoreReader}), then the vocabulary. */
    private static Opened openStore(StoreLayout layout, MinutegraphConfig config) {
        StoreReader reader = StoreReader.open(layout, config.iris());
        try {
            return new Opened(reader.graph(), reader.index(), reader.graph().vocabulary());
        } catch (RuntimeException e) {
            reader.close();
            throw e;
        }
    }

    /** Search, who and suggest; hybrid once {@link #useEmbedder} was given a model and the index has vectors. */
    public SearchServices search() {
        return search;
    }

    public GraphServices graph() {
        return graph;
    }

    public PassageTexts passages() {
        return passages;
    }

    public MinutegraphStore store() {
        return store;
    }

    public PassageIndex index() {
        return index;
    }

    /** The dataset SPARQL runs on. */
    public DatasetGraph datasetGraph() {
        return store.dataset().asDatasetGraph();
    }

    /** A query context with {@code mg:search} installed over this store's search service. */
    public Context queryContext() {
        Context context = new Context();
        installSearch(context);
        return context;
    }

    /** Installs {@code mg:search} over this store's search service into {@code context}. */
    public void installSearch(Context context) {
        SearchFunction.install(context, text);
    }

    /** From now on, search embeds queries with {@code model} (hybrid search); {@link Embedder#none()} goes back to lexical. */
    public void useEmbedder(Embedder model) {
        embedder.set(Objects.requireNonNull(model, "model"));
    }

    /** Makes what an ingest committed since the last refresh visible to search (the graph sees it at once). */
    public void refresh() {
        index.refresh();
    }

    /** Closes the index and the store (not the embedder: whoever loaded it closes it). */
    @Override
    public void close() {
        try {
            index.close();
        } finally {
            store.close();
        }
    }
}
