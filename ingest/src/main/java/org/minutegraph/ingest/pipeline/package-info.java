/**
 * One ingest, end to end: {@link org.minutegraph.ingest.pipeline.Ingestor} scans the source, parses
 * and extracts every file, settles corpus-wide identities (one person however they were written,
 * one label per topic), decides which files changed since the store was last written, and hands
 * the changes to the store in one update: a {@link org.minutegraph.ingest.store.StoreWriter}, opened
 * while the files are read, says what the store holds and whether it is rebuilt, and commits graph
 * and index together. The pipeline never opens TDB2 or Lucene itself.
 * {@link org.minutegraph.ingest.pipeline.IngestReport} is what a user sees at the end.
 *
 * <p>This is the only package that knows every stage; the stages know nothing of each other.
 */
package org.minutegraph.ingest.pipeline;
