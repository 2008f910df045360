package org.minutegraph.server.graph;

import java.util.List;
import java.util.Objects;

import com.fasterxml.jackson.annotation.JsonInclude;

/** Everything the graph holds about one meeting, for its page and {@code /api/meeting}. */
public record MeetingDetails(
        String iri,
        String title,
        String date,
        SeriesView series,
        String sourcePath,
        List<PersonView> participants,
        List<PersonView> minuteTakers,
        List<SectionView> sections,
        List<ActionItemView> actionItems,
        List<DecisionView> decisions,
        List<LabelledIri> references,
        List<MeetingRef> referencedBy) {

    public MeetingDetails {
        Objects.requireNonNull(iri, "iri");
        Objects.requireNonNull(title, "title");
        Objects.requireNonNull(date, "date");
        Objects.requireNonNull(series, "series");
        Objects.requireNonNull(sourcePath, "sourcePath");
        participants = List.copyOf(participants);
        minuteTakers = List.copyOf(minuteTakers);
        sections = List.copyOf(sections);
        actionItems = List.copyOf(actionItems);
        decisions = List.copyOf(decisions);
        references = List.copyOf(references);
        referencedBy = List.copyOf(referencedBy);
    }

    public record SeriesView(String iri, String slug, String label) {
        public SeriesView {
            Objects.requireNonNull(iri, "iri");
            Objects.requireNonNull(slug, "slug");
            Objects.requireNonNull(label, "label");
        }
    }

    /** One section; {@code parent} and {@code topic} are null when it has none. */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record SectionView(String iri, String heading, int level, int startLine, int endLine, String parent,
                              LabelledIri topic, List<LabelledIri> tools, List<PersonView> people,
                              List<PersonView> sponsors, List<String> references) {
        public SectionView {
            Objects.requireNonNull(iri, "iri");
            Objects.requireNonNull(heading, "heading");
            tools = List.copyOf(tools);
            people = List.copyOf(people);
            sponsors = List.copyOf(sponsors);
            references = List.copyOf(references);
        }
    }

    /** An action item; {@code status} is null when the file does not say, {@code section} when unknown. */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record ActionItemView(String iri, String text, String status, List<PersonView> owners, int startLine, String section) {
        public ActionItemView {
            Objects.requireNonNull(iri, "iri");
            Objects.requireNonNull(text, "text");
            owners = List.copyOf(owners);
        }
    }

    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record DecisionView(String iri, String text, int startLine, String section) {
        public DecisionView {
            Objects.requireNonNull(iri, "iri");
            Objects.requireNonNull(text, "text");
        }
    }
}
