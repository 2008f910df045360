/**
 * One store opened once, with every read service over it: {@link org.minutegraph.server.services.Minutegraph}.
 *
 * <pre>{@code
 * try (Minutegraph mg = Minutegraph.open(new StoreLayout(dir), MinutegraphConfig.of(iris))) {
 *     mg.search().search().search(SearchRequest.of("harbor"));   // lexical until useEmbedder(model)
 *     mg.graph().timelines().timeline("Zitadel", Optional.empty(), Optional.empty());
 *     new QueryRunner(mg::datasetGraph, SparqlConfig.defaults(), mg.queryContext()).run(query, ResultFormat.TEXT, timeout);
 * }
 * }</pre>
 *
 * <p>The server ({@code web.MinutegraphApp}), the command line and tests open stores through it, so
 * the search, who and suggest services, their caches and concept vectors exist once per store;
 * the embedder is swapped in when a model has loaded, and ceilings are passed per call. The store
 * itself opens through ingest's {@code store.StoreReader}: graph and index of one generation, or a
 * refusal that says to run ingest. Uses the
 * ingest store and index, and the graph, search and sparql services; never {@code web} or {@code cli}.
 */
package org.minutegraph.server.services;
