package org.minutegraph.server.cli;

import java.io.Console;

/** Whether standard output is a terminal, so progress bars and colours are wanted. */
final class Terminal {

    private Terminal() {
    }

    static boolean interactive() {
        Console console = System.console();
        if (console == null || "dumb".equals(System.getenv("TERM")) || System.getenv("CI") != null) {
            return false;
        }
        try {
            // Java 22+ returns a console even when redirected; isTerminal() tells the truth there.
            return (Boolean) Console.class.getMethod("isTerminal").invoke(console);
        } catch (ReflectiveOperationException e) {
            return true;
        }
    }
}
