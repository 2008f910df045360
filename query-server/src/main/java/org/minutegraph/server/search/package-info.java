/**
 * Search, who and type-ahead over the passage index of a store.
 *
 * <p>Start from {@link org.minutegraph.server.search.SearchServices#create} (or {@code #swappable},
 * whose query embedder is asked on every search, so a server turns hybrid when its model has loaded
 * without rebuilding vocabulary, caches or concept vectors): it wires
 * {@link org.minutegraph.server.search.SearchService} (BM25 + kNN fused by reciprocal rank, facets,
 * snippets), {@link org.minutegraph.server.search.WhoService} (people and teams ranked by evidence)
 * and {@link org.minutegraph.server.search.SuggestService} over one
 * {@link org.minutegraph.ingest.index.PassageIndex} and a SKOS vocabulary whose aliases expand
 * queries; in hybrid mode {@link org.minutegraph.server.search.ConceptEmbeddings} also expands a
 * query with the concepts it describes without naming them; German words are read as English first
 * ({@code GermanGlossary}). Responses are records that Jackson serialises to the API's JSON shapes; bad input raises
 * {@link org.minutegraph.server.search.InvalidQueryException} (a 400), never another exception.
 *
 * Ceilings on hits are per call ({@code /api/search} and {@code mg:search} allow different ones).
 *
 * <p>Uses the index schema and analyzer of {@code ingest.index}, Lucene, Jena models and {@code catalog} (how names match). Must not
 * touch TDB2, parse markdown or know about HTTP: routes live in the web package.
 */
package org.minutegraph.server.search;
