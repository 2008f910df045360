package org.minutegraph.ingest.index;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Predicate;

import org.minutegraph.ingest.model.MeetingSection;
import org.minutegraph.ingest.model.PersonRef;

/**
 * Folds tiny sections (a heading over a bullet or two) into their parent section where that is a short passage
 * about something (not a date title), so a passage is about something: "#### Registry / * in progress" says little alone, and its
 * words, people and tools count for the section around it. The folded section's heading goes into the
 * text, and its start line is kept so that lookups by its IRI find the passage it went into.
 */
final class SectionFolding {

    /** Fewer words than this make a section tiny. */
    static final int TINY_WORDS = 12;
    /** A host takes tiny sections only while it stays this short: folded into a long section, a tiny one's subject drowns. */
    static final int HOST_MAX_WORDS = 80;

    /**
     * @param section the host, with the folded sections' text, entities and line range added
     * @param members the indexes of the host and of the sections folded into it
     * @param foldedStartLines start lines of the folded sections (not the host's)
     * @param foldedHeadings their headings, which stay as searchable as the host's
     */
    record Folded(MeetingSection section, Set<Integer> members, List<Integer> foldedStartLines, List<String> foldedHeadings) {
    }

    private SectionFolding() {
    }

    /** The passages of {@code sections} (in document order, parents before children), tiny ones folded into their host. */
    static List<Folded> fold(List<MeetingSection> sections, Predicate<MeetingSection> isPassage) {
        Map<Integer, MeetingSection> byIndex = new LinkedHashMap<>();
        sections.forEach(s -> byIndex.put(s.index(), s));
        Map<Integer, List<MeetingSection>> hosts = new LinkedHashMap<>();
        for (MeetingSection section : sections) {
            if (!isPassage.test(section)) {
                continue;
            }
            Integer host = words(section.text()) < TINY_WORDS ? host(section, byIndex, hosts) : null;
            if (host == null) {
                hosts.put(section.index(), new ArrayList<>(List.of(section)));
            } else {
                hosts.get(host).add(section);
            }
        }
        return hosts.values().stream().map(SectionFolding::merge).toList();
    }

    /** The parent, when it is a passage whose heading says more than a date and that is not long already. */
    private static Integer host(MeetingSection section, Map<Integer, MeetingSection> byIndex, Map<Integer, List<MeetingSection>> hosts) {
        MeetingSection parent = byIndex.get(section.parent());
        if (parent == null || !hosts.containsKey(parent.index()) || PassageText.withoutDates(parent.heading()).isBlank()) {
            return null;
        }
        int words = hosts.get(parent.index()).stream().mapToInt(s -> words(s.heading()) + words(s.text())).sum();
        return words + words(section.text()) > HOST_MAX_WORDS ? null : parent.index();
    }

    private static Folded merge(List<MeetingSection> group) {
        MeetingSection host = group.get(0);
        if (group.size() == 1) {
            return new Folded(host, Set.of(host.index()), List.of(), List.of());
        }
        StringBuilder text = new StringBuilder(host.text());
        Set<String> tools = new LinkedHashSet<>();
        Set<PersonRef> people = new LinkedHashSet<>();
        Set<PersonRef> sponsors = new LinkedHashSet<>();
        Set<String> references = new LinkedHashSet<>();
        Set<String> meetingLinks = new LinkedHashSet<>();
        Set<Integer> members = new LinkedHashSet<>();
        List<Integer> foldedStartLines = new ArrayList<>();
        List<String> foldedHeadings = new ArrayList<>();
        int endLine = host.endLine();
        for (MeetingSection s : group) {
            if (s != host) {
                text.append(text.isEmpty() ? "" : "\n\n").append(s.heading().strip()).append('\n').append(s.text());
                foldedStartLines.add(s.startLine());
                foldedHeadings.add(s.heading().strip());
            }
            tools.addAll(s.tools());
            people.addAll(s.people());
            sponsors.addAll(s.sponsors());
            references.addAll(s.references());
            meetingLinks.addAll(s.meetingLinks());
            members.add(s.index());
            endLine = Math.max(endLine, s.endLine());
        }
        MeetingSection merged = new MeetingSection(host.index(), host.heading(), host.level(), host.startLine(), endLine, host.parent(),
                host.topic().or(() -> group.stream().flatMap(s -> s.topic().stream()).findFirst()), tools, people, sponsors, references,
                meetingLinks, text.toString().strip());
        return new Folded(merged, Set.copyOf(members), List.copyOf(foldedStartLines), List.copyOf(foldedHeadings));
    }

    static int words(String text) {
        String stripped = text.strip();
        return stripped.isEmpty() ? 0 : stripped.split("\\s+").length;
    }
}
