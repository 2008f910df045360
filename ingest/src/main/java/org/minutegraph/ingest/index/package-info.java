/**
 * The passage index: how meetings become Lucene documents, and how the store opens them again.
 *
 * <p>{@link org.minutegraph.ingest.index.PassageSchema} names every field;
 * {@link org.minutegraph.ingest.index.MinutesAnalyzer} is the one analysis chain for writing and
 * querying; {@link org.minutegraph.ingest.index.PassageIndexWriter} writes passages with two-phase
 * commit (keeping the commit before the last, which the store may read or start from) and embeds
 * them through an {@link org.minutegraph.ingest.index.Embedder} (one of the
 * {@link org.minutegraph.ingest.index.EmbeddingModel}s in process, MiniLM by default, vectors cached by text
 * hash in {@link org.minutegraph.ingest.index.EmbeddingCache});
 * {@link org.minutegraph.ingest.index.PassageIndex} is the read side the server searches. Closing an
 * embedder while others use it is safe: they get an {@link org.minutegraph.ingest.index.EmbedderClosedException}.
 *
 * <p>Uses the model records, the ontology's {@code IriScheme}, Lucene and the embedding model. It
 * must not touch the graph (TDB2) or the markdown parser, and leaves what a commit records to the
 * store, which coordinates graph and index ({@code store.StoreWriter} names the commit keys).
 */
package org.minutegraph.ingest.index;
