/**
 * Meetings become RDF: {@link org.minutegraph.ingest.rdf.MeetingGraph} writes the named graph of
 * one minutes file (the meeting, its sections, action items and decisions, each with its source
 * lines); {@link org.minutegraph.ingest.rdf.CorpusGraph} writes what belongs to the whole corpus
 * (series, people, topics), so that a person or topic has one set of labels however many files
 * mention it.
 *
 * <p>Uses the model records, the ontology constants and Jena's model API. Knows nothing of
 * markdown, Lucene or the store: it returns models, the store decides where they go.
 */
package org.minutegraph.ingest.rdf;
