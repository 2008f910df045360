/**
 * The store directory: a data directory ({@code data-N/}) holding a TDB2 dataset ({@code tdb2/},
 * one named graph per minutes file, the default graph being their union) and the Lucene passage
 * index ({@code index/}), kept consistent with each other, and a file {@code CURRENT} naming it
 * ({@link org.minutegraph.ingest.store.StoreLayout}). A new store and every rebuild are written into
 * a new data directory and published by an atomic rename of {@code CURRENT}, so no moment of an
 * ingest can leave a half-written store; what an interrupted build left is removed by the next.
 *
 * <p>{@link org.minutegraph.ingest.store.MinutegraphStore} opens it for reading;
 * {@link org.minutegraph.ingest.store.StoreUpdate} applies one ingest in a single TDB2 write
 * transaction bracketed by a Lucene two-phase commit, so an interrupted update leaves graph and index
 * as they were. Both sides record the same generation number; a mismatch means the last update died
 * between the two commits: readers ({@link org.minutegraph.ingest.store.MinutegraphStore#openExisting})
 * refuse such a store with an {@link org.minutegraph.ingest.store.InconsistentStoreException} saying
 * how to repair it, and the next ingest rebuilds it. {@link org.minutegraph.ingest.store.StoreDigest}
 * digests both halves, for the crash test to compare stores by content.
 * {@link org.minutegraph.ingest.store.Background} runs a step of an update (the index half, opening
 * the store) on its own thread and hands its failure back to the caller.
 *
 * <p>The first update of a new store is written by {@link org.minutegraph.ingest.store.EmptyStoreLoader},
 * which packs TDB2's B+trees from sorted rows as TDB2's bulk loader does; later updates write only the
 * difference, and the graphs rebuilt whole on every update (corpus, vocabulary) are rewritten only when
 * their {@link org.minutegraph.ingest.store.GraphDigest} changed.
 *
 * <p>Uses rdf and index; never parses markdown. Only one process writes a store at a time.
 * {@link org.minutegraph.ingest.store.Trees} is the one recursive delete of the code base.
 */
package org.minutegraph.ingest.store;
