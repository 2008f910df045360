package org.minutegraph.server.sparql;

import java.util.Objects;
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
 * The passage search behind {@code mg:search}: the service of {@code /api/search} itself, asked
 * with this function's own ceiling ({@link #MAX_LIMIT}) and, for {@code "lexical"}, BM25 only.
 *
 * @param service the search service (hybrid once it has a model, lexical before)
 */
public record TextSearch(SearchService service) {

    /** Most hits one {@code mg:search} call may return; larger limits are lowered to this. */
    public static final int MAX_LIMIT = 1000;

    /** Hits when the call names no limit. */
    public static final int DEFAULT_LIMIT = 20;

    public TextSearch {
        Objects.requireNonNull(service, "service");
    }

    /**
     * A search service of its own over {@code index}, for tests and tools without a server.
     *
     * @param queryEmbedder the model the index was embedded with, or null for lexical search only
     */
    public static TextSearch over(PassageIndex index, Model vocabulary, Embedder queryEmbedder) {
        return new TextSearch(SearchServices.create(index, vocabulary, queryEmbedder, SearchConfig.defaults()).search());
    }

    /**
     * Runs one call; a hybrid call on a store without vectors (or before the model has loaded) is
     * answered lexically, as {@code /api/search} does. Highlighted snippets cost most of a search, so
     * they are made only when asked.
     */
    SearchResponse search(SearchArguments args, boolean snippets) {
        try {
            return service.search(SearchRequest.of(args.query()).withPage(args.limit(), 0), snippets, MAX_LIMIT,
                    args.mode() == SearchArguments.Mode.LEXICAL);
        } catch (InvalidQueryException e) {
            throw new BadRequestException("mg:search: " + e.getMessage());
        }
    }
}
