/**
 * Finding minutes files: which files under a folder are minutes, which series each belongs to,
 * their bytes and hashes, and human labels for series.
 *
 * <p>Start with {@link org.minutegraph.ingest.source.MinutesSource} (or
 * {@link org.minutegraph.ingest.source.GitMinutesSource} to record the git commit) configured by a
 * {@link org.minutegraph.ingest.source.SourceConfig}; {@code scan()} returns a
 * {@link org.minutegraph.ingest.source.SourceScan}: files in a stable order plus a warning for each
 * file it had to skip. {@link org.minutegraph.ingest.source.GitCheckout} keeps a clone of a
 * {@link org.minutegraph.ingest.source.GitRemote} (URL or path, branch, token held in memory only) and
 * moves it to the branch head, reporting in a {@link org.minutegraph.ingest.source.GitSync} the commit
 * range and whether history was rewritten; its work tree is then scanned like any folder. Nothing here looks inside a file: empty, binary or broken files are passed on
 * for the parser to report.
 *
 * <p>May use the JDK, JGit, the model's {@code IngestWarning} and (for label files) Jena; must not
 * parse markdown or know about RDF output, the index or the store.
 */
package org.minutegraph.ingest.source;
