package org.minutegraph.server.search;

import java.util.Objects;
import java.util.function.Supplier;

import org.apache.jena.rdf.model.Model;
import org.minutegraph.ingest.index.Embedder;
import org.minutegraph.ingest.index.PassageIndex;

/**
 * The search, who and suggest services over one passage index, sharing the vocabulary and the
 * per-snapshot entity directory:
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
        return swappable(index, vocabulary, () -> fixed, config, weights);
    }

    /**
     * The services with the query embedder asked on every search: a server answers lexically while
     * its model loads and hybrid once {@code queryEmbedder} gives the model, without rebuilding anything.
     */
    public static SearchServices swappable(PassageIndex index, ConceptVocabulary vocabulary, Supplier<Embedder> queryEmbedder,
            SearchConfig config, WhoWeights weights) {
        Objects.requireNonNull(index, "index");
        Objects.requireNonNull(config, "config");
        PassageQueries queries = new PassageQueries(vocabulary, config);
        EntityDirectories entities = new EntityDirectories(vocabulary);
        return new SearchServices(
                new SearchService(index, queries, entities, queryEmbedder, vocabulary, config),
                new WhoService(index, queries, new TopicResolver(vocabulary, queries), entities, weights, config),
                new SuggestService(index, entities));
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
