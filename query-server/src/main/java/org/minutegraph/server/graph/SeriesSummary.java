package org.minutegraph.server.graph;

import java.util.List;
import java.util.Objects;

/**
 * A series (team, SIG, board) at a glance.
 *
 * @param topTools tools mentioned in its meetings, by number of meetings
 * @param topTopics topics of its sections, by number of meetings
 * @param topPeople people who attended its meetings, by number of meetings
 * @param recentMeetings its latest meetings, newest first
 */
public record SeriesSummary(MeetingDetails.SeriesView series, long meetings, String first, String last,
                            long decisions, ActionCounts actionItems, List<Counted> topTools, List<Counted> topTopics,
                            List<Counted> topPeople, List<MeetingRef> recentMeetings) {
    public SeriesSummary {
        Objects.requireNonNull(series, "series");
        Objects.requireNonNull(actionItems, "actionItems");
        topTools = List.copyOf(topTools);
        topTopics = List.copyOf(topTopics);
        topPeople = List.copyOf(topPeople);
        recentMeetings = List.copyOf(recentMeetings);
    }
}
