package org.minutegraph.server.sparql;

import java.util.Objects;

/**
 * One example query offered on the SPARQL page.
 *
 * @param name  the file name it was read from, e.g. {@code who-discussed-harbor.rq}
 * @param title the text of the file's first comment line
 * @param query the whole query text, comment included
 */
public record ExampleQuery(String name, String title, String query) {

    public ExampleQuery {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(title, "title");
        Objects.requireNonNull(query, "query");
        if (title.isBlank()) {
            throw new IllegalArgumentException("Example " + name + " needs a title: start it with a '# Title' line");
        }
    }

    /** Reads an example from its text: the first line must be a {@code #} comment holding the title. */
    public static ExampleQuery parse(String name, String text) {
        String firstLine = text.lines().findFirst().orElse("").strip();
        if (!firstLine.startsWith("#")) {
            throw new IllegalArgumentException("Example " + name + " must start with a '# Title' comment line");
        }
        return new ExampleQuery(name, firstLine.substring(1).strip(), text);
    }
}
