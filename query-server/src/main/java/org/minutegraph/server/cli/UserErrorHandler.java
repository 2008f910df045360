package org.minutegraph.server.cli;

import picocli.CommandLine;

/**
 * Errors a user can act on (bad store, bad vocabulary file, bad query) print as one line, without a
 * stack trace; anything else keeps its trace, since it is a bug to report.
 */
final class UserErrorHandler implements CommandLine.IExecutionExceptionHandler {

    static final int USER_ERROR = 2;

    @Override
    public int handleExecutionException(Exception e, CommandLine cli, CommandLine.ParseResult parsed) {
        if (isUserError(e)) {
            cli.getErr().println("minutegraph: " + TerminalText.escape(e.getMessage()));
            return USER_ERROR;
        }
        e.printStackTrace(cli.getErr());
        return 1;
    }

    private static boolean isUserError(Throwable e) {
        String pkg = e.getClass().getPackageName();
        return pkg.startsWith("org.minutegraph")
                || e instanceof org.apache.jena.query.QueryParseException
                || e instanceof java.nio.file.NoSuchFileException
                || e instanceof IllegalArgumentException;
    }
}
