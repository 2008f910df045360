package org.minutegraph.server.sparql;

import java.nio.file.Path;
import org.minutegraph.ingest.index.Embedder;
import org.minutegraph.ingest.index.MiniLmEmbedder;
import org.minutegraph.ingest.index.PassageIndex;
import org.minutegraph.ingest.store.MinutegraphStore;
import org.minutegraph.ingest.store.StoreLayout;
import org.minutegraph.ingest.store.StoreReader;
import org.minutegraph.ontology.IriScheme;
import org.minutegraph.ontology.Vocabularies;
import org.minutegraph.server.search.SearchConfig;
import org.minutegraph.server.search.SearchRequest;
import org.minutegraph.server.search.SearchService;
import org.minutegraph.server.search.SearchServices;
import org.minutegraph.server.web.MinutegraphServer;
import org.minutegraph.server.web.http.BadRequestException;

/**
 * Stand-in for {@code minutegraph serve} used by {@code bench/run.sh} until that command exists:
 * serves a store's {@code /sparql} (with {@code mg:search}) and a bare {@code GET /api/search?q=&limit=}.
 * Hand-run only: {@code java -cp minutegraph.jar:test-classes ...BenchServer STORE PORT}.
 */
final class BenchServer {

    private BenchServer() {
    }

    public static void main(String[] args) {
        if (args.length != 2) {
            System.err.println("usage: BenchServer STORE-DIR PORT");
            System.exit(2);
        }
        long t0 = System.nanoTime();
        StoreLayout layout = new StoreLayout(Path.of(args[0]));
        StoreReader opened = StoreReader.open(layout, IriScheme.defaults());
        MinutegraphStore store = opened.graph();
        PassageIndex index = opened.index();
        long t1 = System.nanoTime();
        Embedder embedder = index.hasEmbeddings() ? MiniLmEmbedder.load(1) : null;
        long t2 = System.nanoTime();
        SearchService api = SearchServices.create(index, Vocabularies.tools(), embedder, SearchConfig.defaults()).search();
        TextSearch text = TextSearch.over(index, Vocabularies.tools(), embedder);
        long t3 = System.nanoTime();
        MinutegraphServer server = MinutegraphServer.create().dataset(store.dataset().asDatasetGraph()).storeDirectory(layout.dir())
                .port(Integer.parseInt(args[1]))
                .queryContext(context -> SearchFunction.install(context, text))
                .routes(config -> config.routes.get("/api/search", ctx -> {
                    int limit;
                    try {
                        limit = Integer.parseInt(ctx.queryParamAsClass("limit", String.class).getOrDefault("0"));
                    } catch (NumberFormatException e) {
                        throw new BadRequestException("limit must be a number");
                    }
                    ctx.json(api.search(SearchRequest.of(ctx.queryParam("q")).withPage(limit, 0)));
                }))
                .build();
        long t4 = System.nanoTime();
        server.start();
        // Where start-up time goes, for the benchmark's start-to-ready figure.
        System.err.printf("startup ms: store+index %d, embedder %d, search services %d, server build %d, server start %d%n",
                (t1 - t0) / 1_000_000, (t2 - t1) / 1_000_000, (t3 - t2) / 1_000_000, (t4 - t3) / 1_000_000,
                (System.nanoTime() - t4) / 1_000_000);
    }
}
