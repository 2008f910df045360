package org.minutegraph.server.search;

import java.util.Objects;
import java.util.function.Supplier;

import org.apache.jena.rdf.model.Model;
import org.minutegraph.ingest.index.Embedder;
import org.minutegraph.ingest.index.PassageIndex;
import org.minutegraph.server.catalog.EntityCatalogs;

/**
 * The search, who and suggest services over one passage index, sharing the vocabulary and one
 * entity catalog (the index's names alone, unless the caller passes the store's):
 *
 * <pre>{@code
 * SearchServices services = SearchServices.create(index, Vocabularies.tools(), embedderOrNull, SearchConfig.defaults());
 * services.search().search(SearchRequest.of("container registry"));
 * services.who().who("Harbor");
 * services.suggest().suggest("cap", 10);
 * }</pre>
 */
public final class SearchServices {

    private final SearchService search;
    private final WhoService who;
    private final SuggestService suggest;

    private SearchServices(SearchService search, WhoService who, SuggestService suggest) {
        this.search = search;
        this.who = who;
        this.suggest = suggest;
    }

    /**
     * @param vocabulary SKOS concepts (tools, categories) whose labels and aliases expand queries
     * @param queryEmbedder the model the index was embedded with, or null for lexical search only
     */
    public static SearchServices create(PassageIndex index, Model vocabulary, Embedder queryEmbedder, SearchConfig config) {
        return create(index, ConceptVocabulary.from(Objects.requireNonNull(vocabulary, "vocabulary")), queryEmbedder, config, WhoWeights.defaults());
    }

    public static SearchServices create(PassageIndex index, ConceptVocabulary vocabulary, Embedder queryEmbedder, SearchConfig config,
            WhoWeights weights) {
        Embedder fixed = queryEmbedder == null ? Embedder.none() : queryEmbedder;
        return swappable(index, vocabulary, () -> fixed, config, weights, IndexNames.catalogs(index, vocabulary));
    }

    /**
     * The services with the query embedder asked on every search: a server answers lexically while
     * its model loads and hybrid once {@code queryEmbedder} gives the model, without rebuilding anything.
     *
     * @param catalogs the names of the store's entities (the facade's, shared with the graph services)
     */
    public static SearchServices swappable(PassageIndex index, ConceptVocabulary vocabulary, Supplier<Embedder> queryEmbedder,
            SearchConfig config, WhoWeights weights, EntityCatalogs catalogs) {
        Objects.requireNonNull(index, "index");
        Objects.requireNonNull(config, "config");
        Objects.requireNonNull(catalogs, "catalogs");
        PassageQueries queries = new PassageQueries(vocabulary, config);
        return new SearchServices(
                new SearchService(index, queries, catalogs, queryEmbedder, vocabulary, config),
                new WhoService(index, queries, new EntityPassages(vocabulary, queries), catalogs, weights, config),
                new SuggestService(catalogs));
    }

    public SearchService search() {
        return search;
    }

    public WhoService who() {
        return who;
    }

    public SuggestService suggest() {
        return suggest;
    }
}
