package org.minutegraph.server.sparql;

import java.util.Objects;
import java.util.Optional;
import org.apache.jena.rdf.model.Model;
import org.minutegraph.ingest.index.Embedder;
import org.minutegraph.ingest.index.PassageIndex;
import org.minutegraph.server.search.InvalidQueryException;
import org.minutegraph.server.search.SearchConfig;
import org.minutegraph.server.search.SearchRequest;
import org.minutegraph.server.search.SearchResponse;
import org.minutegraph.server.search.SearchService;
import org.minutegraph.server.search.SearchServices;
import org.minutegraph.server.web.http.BadRequestException;

/**
 * The passage search behind {@code mg:search}: the same service as {@code /api/search}, once
 * lexical-only and, when the index has vectors and an embedder is given, once hybrid.
 *
 * @param lexical BM25 only
 * @param hybrid  BM25 fused with kNN, when available (asked on each call: a server loads its model after it starts)
 */
public record TextSearch(SearchService lexical, java.util.function.Supplier<Optional<SearchService>> hybrid) {

    /** Most hits one {@code mg:search} call may return; larger limits are lowered to this. */
    public static final int MAX_LIMIT = 1000;

    /** Hits when the call names no limit. */
    public static final int DEFAULT_LIMIT = 20;

    public TextSearch {
        Objects.requireNonNull(lexical, "lexical");
        Objects.requireNonNull(hybrid, "hybrid");
    }

    /**
     * Search services over {@code index} that allow {@link #MAX_LIMIT} hits per call.
     *
     * @param queryEmbedder the model the index was embedded with, or null for lexical search only
     */
    public static TextSearch over(PassageIndex index, Model vocabulary, Embedder queryEmbedder) {
        SearchConfig config = SearchConfig.defaults().withMaxLimit(MAX_LIMIT);
        SearchService lexical = SearchServices.create(index, vocabulary, null, config).search();
        boolean semantic = queryEmbedder != null && !queryEmbedder.isNone() && index.hasEmbeddings();
        Optional<SearchService> hybrid = semantic
                ? Optional.of(SearchServices.create(index, vocabulary, queryEmbedder, config).search())
                : Optional.empty();
        return new TextSearch(lexical, () -> hybrid);
    }

    /**
     * Runs one call; a hybrid call on a store without vectors is answered lexically, as {@code
     * /api/search} does. Highlighted snippets cost most of a search, so they are made only when asked.
     */
    SearchResponse search(SearchArguments args, boolean snippets) {
        SearchService service = args.mode() == SearchArguments.Mode.LEXICAL ? lexical : hybrid.get().orElse(lexical);
        try {
            return service.search(SearchRequest.of(args.query()).withPage(args.limit(), 0), snippets);
        } catch (InvalidQueryException e) {
            throw new BadRequestException("mg:search: " + e.getMessage());
        }
    }
}
