/**
 * The {@code minutegraph} command line (picocli): {@code ingest}, {@code sparql}, {@code validate},
 * {@code search} and {@code serve}. Each command turns its options into the config records of the
 * layer it drives and prints what a person at a terminal needs; nothing here holds logic of its own.
 * {@code search} and {@code sparql} open the store through {@code services.Minutegraph}, and {@code
 * sparql} runs its query on the server's own path ({@code sparql.QueryRunner}: {@code mg:search}, the
 * binding budget, the timeout) with the server's formats ({@code sparql.ResultFormat}).
 * Whatever came from the minutes or the file system (paths, headings, messages) is printed through
 * {@code TerminalText}, so a file name cannot send escape sequences to the terminal.
 *
 * <p>{@code ingest} and {@code serve} read the minutes from {@code --minutes DIR} or {@code --git URL|PATH}
 * ({@code GitOptions}: the clone in the store, the token from {@code MINUTEGRAPH_GIT_TOKEN}); with
 * {@code --watch}, {@code MinutesWatcher} re-ingests the folder when its files change and, for
 * {@code --git}, {@code GitPoller} fetches the branch into it at the {@code --poll} interval.
 *
 * <p>{@code serve} handles SIGTERM and SIGINT itself ({@code OrderlyShutdown}): it stops the server,
 * the model and the watcher in order before the JVM's shutdown hooks run, and exits 0.
 */
package org.minutegraph.server.cli;
