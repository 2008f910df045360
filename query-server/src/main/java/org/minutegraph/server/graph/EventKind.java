package org.minutegraph.server.graph;

import java.util.Locale;

import com.fasterxml.jackson.annotation.JsonValue;

/** What a timeline event is: a section that mentions the entity, a decision, an action item. */
public enum EventKind {
    MENTION, DECISION, ACTION;

    @JsonValue
    public String json() {
        return name().toLowerCase(Locale.ROOT);
    }
}
