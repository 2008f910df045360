package org.minutegraph.server.sparql;

import java.util.List;
import java.util.Locale;
import java.util.Objects;
import org.apache.jena.graph.Node;
import org.minutegraph.server.web.http.BadRequestException;

/**
 * The object side of {@code mg:search}: {@code "query"} or {@code ("query" limit? mode?)}, read
 * from evaluated nodes; anything else is a 400 naming the bad argument.
 *
 * @param query the search text, Lucene classic syntax as in {@code /api/search}
 * @param limit most hits, 1..{@link TextSearch#MAX_LIMIT}
 * @param mode  how to rank
 */
record SearchArguments(String query, int limit, Mode mode) {

    static final String USAGE = "use ?passage mg:search \"words\" or (?passage ?score ?snippet) mg:search (\"words\" 20 \"lexical\")";

    /** How hits are ranked: {@code AUTO} is hybrid when the store has vectors, else lexical. */
    enum Mode { AUTO, LEXICAL, HYBRID }

    SearchArguments {
        Objects.requireNonNull(query, "query");
        Objects.requireNonNull(mode, "mode");
        if (limit < 1 || limit > TextSearch.MAX_LIMIT) {
            throw new IllegalArgumentException("limit out of range: " + limit);
        }
    }

    /** Reads the evaluated object arguments. */
    static SearchArguments parse(List<Node> args) {
        if (args.isEmpty() || args.size() > 3) {
            throw bad("expects 1 to 3 arguments (query, limit, mode), got " + args.size());
        }
        String query = string(args.get(0), "the first argument (the query)");
        if (query.isBlank()) {
            throw bad("the query is empty");
        }
        int limit = args.size() > 1 ? limit(args.get(1)) : TextSearch.DEFAULT_LIMIT;
        Mode mode = args.size() > 2 ? mode(args.get(2)) : Mode.AUTO;
        return new SearchArguments(query, limit, mode);
    }

    private static String string(Node node, String what) {
        if (node.isVariable()) {
            throw bad(what + " is the unbound variable ?" + node.getName() + "; bind it before the call");
        }
        if (!node.isLiteral() || !(node.getLiteralValue() instanceof String s)) {
            throw bad(what + " must be a string, not " + shown(node));
        }
        return s;
    }

    private static int limit(Node node) {
        if (node.isLiteral() && node.getLiteralValue() instanceof Number n && n.doubleValue() == Math.rint(n.doubleValue())) {
            long value = n.longValue();
            if (value < 1) {
                throw bad("the limit must be at least 1, not " + value);
            }
            return (int) Math.min(value, TextSearch.MAX_LIMIT);
        }
        throw bad("the second argument (the limit) must be a positive integer, not " + shown(node));
    }

    private static Mode mode(Node node) {
        String name = string(node, "the third argument (the mode)").strip().toLowerCase(Locale.ROOT);
        return switch (name) {
            case "lexical" -> Mode.LEXICAL;
            case "hybrid" -> Mode.HYBRID;
            default -> throw bad("the mode must be \"lexical\" or \"hybrid\", not \"" + name + "\"");
        };
    }

    private static String shown(Node node) {
        return node.isVariable() ? "?" + node.getName() : node.isURI() ? "<" + node.getURI() + ">"
                : node.isLiteral() ? "\"" + node.getLiteralLexicalForm() + "\"" : node.toString();
    }

    static BadRequestException bad(String detail) {
        return new BadRequestException("search_argument", "mg:search: " + detail + "; " + USAGE);
    }
}
