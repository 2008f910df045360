/**
 * The store directory: a data directory ({@code data-N/}) holding a TDB2 dataset ({@code tdb2/},
 * one named graph per minutes file, the default graph being their union) and the Lucene passage
 * index ({@code index/}), kept consistent with each other, and a file {@code CURRENT} naming it
 * ({@link org.minutegraph.ingest.store.StoreLayout}). A new store and every rebuild are written into
 * a new data directory and published by an atomic rename of {@code CURRENT}, so no moment of an
 * ingest can leave a half-written store; what an interrupted build left is removed by the next.
 *
 * <p>Two doors, one for each direction:
 * <ul>
 *   <li>{@link org.minutegraph.ingest.store.StoreWriter} is the only writer: it decides whether the
 *       store can take an update or must be rebuilt (forced, older layout, damaged, an index that
 *       missed an update or was written by another schema or embedding setting), and applies one
 *       update to both halves. The index is written while TDB2 writes the graphs (on a
 *       {@link org.minutegraph.ingest.store.Background} thread), commits first, then the graph
 *       commits ({@link org.minutegraph.ingest.store.GraphUpdate}, one TDB2 write transaction). Every
 *       index commit records the graph's generation, the document schema and the embedding model;
 *       those keys are named in {@code StoreWriter} and nowhere else.</li>
 *   <li>{@link org.minutegraph.ingest.store.StoreReader} opens both halves for ingest's tests, the
 *       server and every command: the graph, and the index commit of the graph's generation. The
 *       index keeps its commit before the last, so an update that failed between the two commits
 *       reads as the store before it (and the next update starts from that commit); an index with
 *       no commit of the graph's generation is refused with an
 *       {@link org.minutegraph.ingest.store.InconsistentStoreException} saying to run ingest, which
 *       rebuilds it.</li>
 * </ul>
 *
 * <p>{@link org.minutegraph.ingest.store.MinutegraphStore} is the graph half as both see it
 * (fingerprints, generation, vocabulary, triple count). The first update of a new store is written
 * by {@link org.minutegraph.ingest.store.EmptyStoreLoader}, which packs TDB2's B+trees from sorted
 * rows as TDB2's bulk loader does; later updates write only the difference, and the graphs rebuilt
 * whole on every update (corpus, vocabulary) are rewritten only when their
 * {@link org.minutegraph.ingest.store.GraphDigest} changed. {@link org.minutegraph.ingest.store.StoreDigest}
 * digests both halves, for the crash test to compare stores by content;
 * {@link org.minutegraph.ingest.store.StoreValidator} checks the graph against the SHACL shapes.
 *
 * <p>Uses the model records, the ontology, Jena and index (the passage writer and reader); the
 * graphs it writes arrive as Jena models (built by rdf, handed over by pipeline). It never parses
 * markdown and never knows how a file was read. Only one process writes a store at a time.
 * {@link org.minutegraph.ingest.store.Trees} is the one recursive delete of the code base.
 */
package org.minutegraph.ingest.store;
