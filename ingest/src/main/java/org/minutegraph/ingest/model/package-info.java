/**
 * The values that flow through ingest, as immutable records.
 *
 * <p>Two stages live here. {@link org.minutegraph.ingest.model.MinutesDocument} is what parsing
 * makes of one file: title, date and a flat list of {@link org.minutegraph.ingest.model.DocSection}s,
 * each holding its {@link org.minutegraph.ingest.model.Block}s (paragraphs, list items, table rows)
 * with line numbers. {@link org.minutegraph.ingest.model.Meeting} is what extraction makes of a
 * document: people, topics, tools, action items, decisions and references, each traceable to its
 * lines.
 *
 * <p>Depends on nothing but the JDK: no markdown, RDF or Lucene types appear here.
 */
package org.minutegraph.ingest.model;
