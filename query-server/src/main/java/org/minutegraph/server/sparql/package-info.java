/**
 * The read-only SPARQL 1.1 Protocol endpoint at {@code /sparql}.
 *
 * <p>{@link org.minutegraph.server.sparql.SparqlEndpoint} is a route module: it reads a protocol
 * request ({@link org.minutegraph.server.sparql.ProtocolRequestReader}: GET, form POST, direct
 * POST; strict UTF-8), negotiates the response format ({@link
 * org.minutegraph.server.sparql.AcceptHeader}, {@link org.minutegraph.server.sparql.ResultFormat}),
 * runs the query in a read transaction with a timeout and a result ceiling ({@link
 * org.minutegraph.server.sparql.QueryRunner}) and only then writes status and body, so a client
 * never sees a truncated 200 (the {@code minutegraph sparql} command runs its queries through the same
 * runner, with the table format {@code TEXT} that HTTP never offers); its executor ({@link org.minutegraph.server.sparql.BindingBudget}) counts intermediate results and
 * answers no rows where TDB2 6.0.0 would fail on a step without input. Without a query, {@code /sparql} answers with a service description
 * or, for a browser, the YASGUI page with the example queries under {@code examples/}.
 *
 * <p>{@link org.minutegraph.server.sparql.SearchFunction} is the {@code mg:search} property
 * function: passage search ({@link org.minutegraph.server.sparql.TextSearch}, the service behind
 * {@code /api/search}) joined with the graph. It is installed into a query context (the
 * endpoint's, via the {@code queryContext} customiser), on a copy of Jena's registry, so nothing
 * global changes; bad arguments are a 400 ({@link org.minutegraph.server.sparql.SearchArguments}).
 *
 * <p>Limits come from {@link org.minutegraph.server.sparql.SparqlConfig}: {@link
 * org.minutegraph.server.sparql.QuerySlots} runs at most so many queries at once, each on a platform
 * thread (503 {@code busy} with {@code Retry-After} beyond that) and answers 503 {@code timeout} a
 * second past a query's timeout whatever the query does; {@link
 * org.minutegraph.server.sparql.BindingBudget} stops a query that produces too many intermediate
 * results (400 {@code query_too_expensive}), so that ORDER BY, GROUP BY or DISTINCT over a cartesian
 * product cannot fill the heap. Counters go to a {@link org.minutegraph.server.sparql.SparqlMonitor}. Uses Jena ARQ/TDB2, the {@code search} services and
 * the {@code web.http} contract; never writes to a dataset, never parses minutes, never reaches into
 * {@code web}.
 */
package org.minutegraph.server.sparql;
