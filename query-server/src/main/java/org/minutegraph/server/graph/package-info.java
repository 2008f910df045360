/**
 * The graph side of the query server: read services that answer from the store's TDB2 dataset
 * with SPARQL, returning records that Jackson writes as the JSON of the HTTP API.
 *
 * <ul>
 * <li>{@link org.minutegraph.server.graph.EntityResolver} — "Harbor", "k8s", "@jschoone",
 *     "Team Container", "habour" → the tool, topic, person, series or category meant (names folded and
 *     near spellings allowed as {@code catalog.EntityNames} says);</li>
 * <li>{@link org.minutegraph.server.graph.TimelineService} — how an entity appears month by month
 *     and per series, with mentions, decisions and action items;</li>
 * <li>{@link org.minutegraph.server.graph.MeetingService} — one meeting in full, and which meetings
 *     point to it;</li>
 * <li>{@link org.minutegraph.server.graph.EntityService} — any resource as a record or an RDF model;</li>
 * <li>{@link org.minutegraph.server.graph.SummaryService} — a person's or a series' counts and top lists;</li>
 * <li>{@link org.minutegraph.server.graph.GraphStatsService} — what the store holds.</li>
 * </ul>
 * {@link org.minutegraph.server.graph.GraphServices#over} builds them all over one store, each query
 * stopped after the timeout given (a server passes its {@code --query-timeout}).
 *
 * <p>Every query runs in a read transaction with a timeout ({@link org.minutegraph.server.graph.GraphTimeoutException}
 * when it runs out); user values enter queries only by substitution into the parsed query. Not
 * found is a {@link org.minutegraph.server.graph.GraphNotFoundException} (404), a bad argument an
 * {@link java.lang.IllegalArgumentException} (400).
 *
 * <p>Uses the store, the ontology constants and {@code catalog}. Must not write to the store, touch Lucene or know
 * about HTTP: the web package maps these records and exceptions to responses.
 */
package org.minutegraph.server.graph;
