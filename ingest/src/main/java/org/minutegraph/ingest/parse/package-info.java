/**
 * Markdown minutes to a {@link org.minutegraph.ingest.model.MinutesDocument}: title, date, front
 * matter and a flat list of sections (one per markdown or HTML heading, with parents) holding
 * blocks (paragraphs, list items with depth, parent and task state, table rows, code, HTML,
 * quotes), every one with exact 1-based line numbers and its raw source.
 *
 * <p>Use one {@link org.minutegraph.ingest.parse.MinutesParser} for all files; a file it cannot read
 * raises {@link org.minutegraph.ingest.parse.UnreadableMinutesException} (path, line, reason) and
 * nothing else. {@link org.minutegraph.ingest.parse.FileLimits} bounds how many lines and characters
 * of one file are parsed and how many sections and blocks it gives; a file beyond them is cut at that
 * line, with a warning saying where.
 * {@link org.minutegraph.ingest.parse.MeetingDates} finds dates in names and titles.
 *
 * <p>May use flexmark, the model records and {@code MinutesFile}; must not extract entities (that is
 * {@code extract}) or know about RDF, Lucene or the store. flexmark types never leave this package.
 */
package org.minutegraph.ingest.parse;
