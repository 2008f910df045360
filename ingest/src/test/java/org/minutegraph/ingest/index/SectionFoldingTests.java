package org.minutegraph.ingest.index;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Optional;
import java.util.Set;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.minutegraph.ingest.model.MeetingSection;

class SectionFoldingTests {

    private static MeetingSection section(int index, String heading, int level, int start, int end, int parent, String text, Set<String> tools) {
        return new MeetingSection(index, heading, level, start, end, parent, Optional.empty(), tools, Set.of(), Set.of(), Set.of(), Set.of(), text);
    }

    private static final String LONG = "we compared three ways to run the widget registry and chose the operator because upgrades are simpler";

    @Test
    @DisplayName("a tiny section goes into the passage around it, with its heading, tools and lines; a long one stays a passage")
    void tinySectionsFoldIntoTheirHost() {
        List<MeetingSection> sections = List.of(
                section(0, "Agenda", 2, 1, 2, -1, "", Set.of()),
                section(1, "Registry", 3, 3, 4, 0, "* in progress", Set.of("tool:gizmo")),
                section(2, "Status page", 3, 5, 6, 0, LONG, Set.of()));
        List<SectionFolding.Folded> folded = SectionFolding.fold(sections, s -> true);
        assertThat(folded).hasSize(2);
        SectionFolding.Folded agenda = folded.get(0);
        assertThat(agenda.section().text()).isEqualTo("Registry\n* in progress");
        assertThat(agenda.section().tools()).containsExactly("tool:gizmo");
        assertThat(agenda.section().endLine()).isEqualTo(4);
        assertThat(agenda.members()).containsExactlyInAnyOrder(0, 1);
        assertThat(agenda.foldedStartLines()).containsExactly(3);
        assertThat(agenda.foldedHeadings()).containsExactly("Registry");
        assertThat(folded.get(1).section().heading()).isEqualTo("Status page");
    }

    @Test
    @DisplayName("a tiny section with no passage above it (only a participant list, or nothing) stays a passage of its own")
    void tinySectionWithoutHostStays() {
        List<MeetingSection> sections = List.of(
                section(0, "Participants", 2, 1, 2, -1, "@a @b", Set.of()),
                section(1, "Registry", 3, 3, 4, 0, "* in progress", Set.of()));
        List<SectionFolding.Folded> folded = SectionFolding.fold(sections, s -> !s.heading().equals("Participants"));
        assertThat(folded).extracting(f -> f.section().heading()).containsExactly("Registry");
    }

    @Test
    @DisplayName("a tiny section under a date title, or under a host that is long already, stays a passage of its own")
    void dateTitlesAndLongHostsTakeNothing() {
        List<MeetingSection> sections = List.of(
                section(0, "2024-01-02", 1, 1, 2, -1, "", Set.of()),
                section(1, "Lightning talk Gizmo", 2, 3, 4, 0, "by Ada, slides", Set.of()),
                section(2, "Status page", 2, 5, 6, 0, (LONG + " ").repeat(5), Set.of()),
                section(3, "Frontend", 3, 7, 8, 2, "in progress", Set.of()));
        assertThat(SectionFolding.fold(sections, s -> true)).extracting(f -> f.section().heading())
                .containsExactly("2024-01-02", "Lightning talk Gizmo", "Status page", "Frontend");
    }
}
