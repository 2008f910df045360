package org.minutegraph.server.catalog;

import java.util.List;
import java.util.stream.Collectors;

/** No tool, topic, person, series or category matches the user's words; carries what came close. */
public class EntityNotFoundException extends RuntimeException {

    private final String query;
    private final List<Entity> candidates;

    public EntityNotFoundException(String query, List<Entity> candidates) {
        super(message(query, candidates));
        this.query = query;
        this.candidates = List.copyOf(candidates);
    }

    /** What the user asked for. */
    public String query() {
        return query;
    }

    /** Entities whose labels come close, best first ("did you mean"); may be empty. */
    public List<Entity> candidates() {
        return candidates;
    }

    private static String message(String query, List<Entity> candidates) {
        String base = "Nothing in the graph is called '" + query + "'";
        if (candidates.isEmpty()) {
            return base + "; try the name of a tool, topic, team or person, or a GitHub handle";
        }
        return base + "; did you mean " + candidates.stream().map(Entity::label).collect(Collectors.joining(", ")) + "?";
    }
}
