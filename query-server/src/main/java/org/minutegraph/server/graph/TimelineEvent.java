package org.minutegraph.server.graph;

import java.util.List;
import java.util.Objects;

import com.fasterxml.jackson.annotation.JsonInclude;

/**
 * One dated thing on a timeline.
 *
 * @param date the meeting date, ISO 8601
 * @param meeting the meeting IRI
 * @param series the series slug
 * @param section the IRI of the section it is in (null for a series' meeting events); the web
 *     layer may use it to fetch the section's text from the search index
 * @param heading the section heading (the meeting title for a series' meeting events)
 * @param snippet for a mention the heading, followed by the decisions and action items of the
 *     section; for a decision or action its text
 * @param startLine first line in the source file
 * @param status "open" or "done" for an action item whose file says so, else null
 * @param owners the owners of an action item, null for other kinds
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record TimelineEvent(
        String date,
        String meeting,
        String sourcePath,
        String series,
        String seriesLabel,
        String section,
        String heading,
        String snippet,
        EventKind kind,
        int startLine,
        String status,
        List<PersonView> owners) {

    public TimelineEvent {
        Objects.requireNonNull(date, "date");
        Objects.requireNonNull(meeting, "meeting");
        Objects.requireNonNull(sourcePath, "sourcePath");
        Objects.requireNonNull(series, "series");
        Objects.requireNonNull(heading, "heading");
        Objects.requireNonNull(snippet, "snippet");
        Objects.requireNonNull(kind, "kind");
        owners = owners == null ? null : List.copyOf(owners);
    }
}
