package org.minutegraph.ingest.pipeline;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import org.minutegraph.ingest.model.ActionItem;
import org.minutegraph.ingest.model.Meeting;
import org.minutegraph.ingest.model.MeetingSection;
import org.minutegraph.ingest.model.PersonRef;

/** Rewrites every person in a meeting to its corpus-wide identity. */
final class Canonicalizer {

    private Canonicalizer() {
    }

    static Meeting canonical(Meeting m, PersonDirectory people) {
        List<MeetingSection> sections = m.sections().stream().map(s -> new MeetingSection(
                s.index(), s.heading(), s.level(), s.startLine(), s.endLine(), s.parent(), s.topic(), s.tools(),
                set(s.people(), people), set(s.sponsors(), people), s.references(), s.meetingLinks(), s.text())).toList();
        List<ActionItem> actions = m.actionItems().stream().map(a -> new ActionItem(
                a.section(), a.text(), list(a.owners(), people), a.status(), a.startLine(), a.endLine())).toList();
        return new Meeting(m.sourcePath(), m.series(), m.date(), m.title(), list(m.participants(), people),
                list(m.minuteTakers(), people), sections, actions, m.decisions(), m.references(), m.meetingLinks(), m.warnings());
    }

    /**
     * Drops topics whose heading only names a series ("Team IaaS" in a Tech Weekly that reports on
     * the team): those sections are about the team, which the graph already has as an mg:Series.
     *
     * @param seriesKeys slugs of the series' slugs and labels ({@code iaas}, {@code team-iaas})
     */
    static Meeting withoutSeriesTopics(Meeting m, Set<String> seriesKeys) {
        if (m.sections().stream().noneMatch(s -> s.topic().filter(t -> seriesKeys.contains(t.key())).isPresent())) {
            return m;
        }
        List<MeetingSection> sections = m.sections().stream().map(s -> s.topic().filter(t -> seriesKeys.contains(t.key())).isEmpty() ? s
                : new MeetingSection(s.index(), s.heading(), s.level(), s.startLine(), s.endLine(), s.parent(), java.util.Optional.empty(),
                        s.tools(), s.people(), s.sponsors(), s.references(), s.meetingLinks(), s.text())).toList();
        return new Meeting(m.sourcePath(), m.series(), m.date(), m.title(), m.participants(), m.minuteTakers(), sections,
                m.actionItems(), m.decisions(), m.references(), m.meetingLinks(), m.warnings());
    }

    private static List<PersonRef> list(List<PersonRef> refs, PersonDirectory people) {
        Map<String, PersonRef> byKey = new LinkedHashMap<>();
        refs.stream().map(people::canonical).forEach(p -> byKey.putIfAbsent(p.key(), p));
        return List.copyOf(byKey.values());
    }

    private static Set<PersonRef> set(Set<PersonRef> refs, PersonDirectory people) {
        return refs.stream().map(people::canonical).collect(Collectors.toSet());
    }
}
