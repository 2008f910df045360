package org.minutegraph.server.catalog;

import java.util.Locale;

import org.minutegraph.ontology.MG;

import com.fasterxml.jackson.annotation.JsonValue;

/** What a resource in the graph is; written in JSON in lower case ("tool", "meeting"). */
public enum EntityKind {
    TOOL, TOPIC, PERSON, SERIES, CATEGORY, MEETING, SECTION, ACTION, DECISION,
    /** Anything else with triples about it (a GitHub issue, an ontology term). */
    RESOURCE;

    private static final String FOAF_PERSON = "http://xmlns.com/foaf/0.1/Person";

    /** The kind of a resource with these rdf:types; {@link #RESOURCE} when none is ours. */
    public static EntityKind fromTypes(java.util.Collection<String> types) {
        java.util.Map<String, EntityKind> byType = java.util.Map.of(
                MG.Meeting.getURI(), MEETING, FOAF_PERSON, PERSON, MG.Series.getURI(), SERIES,
                MG.Topic.getURI(), TOPIC, MG.Tool.getURI(), TOOL, MG.ToolCategory.getURI(), CATEGORY,
                MG.Section.getURI(), SECTION, MG.ActionItem.getURI(), ACTION, MG.Decision.getURI(), DECISION);
        return types.stream().map(byType::get).filter(java.util.Objects::nonNull).min(java.util.Comparator.naturalOrder()).orElse(RESOURCE);
    }

    @JsonValue
    public String json() {
        return name().toLowerCase(Locale.ROOT);
    }
}
