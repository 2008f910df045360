package org.minutegraph.ingest.rdf;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.Resource;
import org.apache.jena.vocabulary.DCTerms;
import org.apache.jena.vocabulary.RDF;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.minutegraph.ingest.model.ActionItem;
import org.minutegraph.ingest.model.ActionStatus;
import org.minutegraph.ingest.model.Decision;
import org.minutegraph.ingest.model.Meeting;
import org.minutegraph.ingest.model.MeetingSection;
import org.minutegraph.ingest.model.PersonRef;
import org.minutegraph.ingest.model.TopicRef;
import org.minutegraph.ontology.IriScheme;
import org.minutegraph.ontology.MG;

public final class MeetingGraphTestData {

    static final IriScheme IRIS = IriScheme.defaults();
    static final String HARBOR = IRIS.tool("harbor");

    /** The sample meeting, as the file {@code path} of {@code date}. */
    public static Meeting sampleAt(String path, LocalDate date) {
        Meeting m = sample();
        return new Meeting(path, m.series(), date, m.title(), m.participants(), m.minuteTakers(), m.sections(),
                m.actionItems(), m.decisions(), m.references(), m.meetingLinks(), m.warnings());
    }

    public static Meeting sample() {
        MeetingSection title = new MeetingSection(0, "Team Container 2024-02-12", 1, 1, 3, -1, Optional.empty(),
                Set.of(), Set.of(), Set.of(), Set.of(), Set.of(), "");
        MeetingSection registry = new MeetingSection(1, "Registry (@mkowalski)", 3, 4, 9, 0,
                Optional.of(new TopicRef("registry", "Registry", "Registry (@mkowalski)")),
                Set.of(HARBOR), Set.of(PersonRef.ofHandle("jdoe")), Set.of(PersonRef.ofHandle("mkowalski")),
                Set.of("https://github.com/example-cloud/standards/issues/212"), Set.of("iaas/20240212.md"),
                "Harbor wins the evaluation");
        return new Meeting("container/20240212.md", "container", LocalDate.of(2024, 2, 12), "Team Container 2024-02-12",
                List.of(PersonRef.ofHandle("jdoe"), new PersonRef(null, "Anna Schmidt")), List.of(PersonRef.ofHandle("jdoe")),
                List.of(title, registry),
                List.of(new ActionItem(1, "write the ADR", List.of(PersonRef.ofHandle("mkowalski")), ActionStatus.DONE, 6, 6),
                        new ActionItem(1, "ask upstream", List.of(), ActionStatus.UNKNOWN, 7, 7)),
                List.of(new Decision(1, "go with Harbor", 8, 8)),
                Set.of("https://github.com/example-cloud/standards/issues/212"), Set.of("iaas/20240212.md"), List.of());
    }

    private MeetingGraphTestData() {
    }
}
