package org.minutegraph.server.search;

import com.fasterxml.jackson.annotation.JsonValue;

/** The kinds of entity type-ahead and who resolve; serialised in lower case. */
public enum EntityKind {
    TOOL, TOPIC, PERSON, SERIES;

    @JsonValue
    public String json() {
        return name().toLowerCase(java.util.Locale.ROOT);
    }
}
