package org.minutegraph.server.web.pages;

import java.util.List;
import java.util.Map;

import org.minutegraph.server.graph.EventKind;
import org.minutegraph.server.graph.Timeline;
import org.minutegraph.server.graph.TimelineEvent;
import org.minutegraph.server.search.PassageTexts;

/** Gives timeline mentions the text of their section from the index, in place of the bare heading. */
public final class TimelineExcerpts {

    static final int EXCERPT_CHARS = 240;

    private TimelineExcerpts() {
    }

    /** The timeline with each mention's snippet replaced by its section's text when the index has it. */
    public static Timeline enrich(Timeline timeline, PassageTexts passages) {
        List<String> sections = timeline.events().stream().filter(e -> e.kind() == EventKind.MENTION && e.section() != null)
                .map(TimelineEvent::section).toList();
        if (sections.isEmpty()) {
            return timeline;
        }
        Map<String, String> excerpts = passages.excerpts(sections, EXCERPT_CHARS);
        List<TimelineEvent> events = timeline.events().stream().map(e -> {
            String excerpt = e.kind() == EventKind.MENTION && e.section() != null ? excerpts.get(e.section()) : null;
            return excerpt == null ? e : new TimelineEvent(e.date(), e.meeting(), e.sourcePath(), e.series(), e.seriesLabel(),
                    e.section(), e.heading(), excerpt, e.kind(), e.startLine(), e.status(), e.owners());
        }).toList();
        return new Timeline(timeline.entity(), timeline.first(), timeline.latest(), timeline.buckets(), events);
    }
}
