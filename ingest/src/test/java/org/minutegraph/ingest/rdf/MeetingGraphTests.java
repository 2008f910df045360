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

class MeetingGraphTests {

    static final IriScheme IRIS = IriScheme.defaults();
    static final String HARBOR = IRIS.tool("harbor");

    final Model model = new MeetingGraph(IRIS).build(MeetingGraphTestData.sample(), "abc", "fp1", "# Team Container 2024-02-12\n");
    final Resource meeting = model.getResource(IRIS.meeting("container/20240212.md"));

    @Test
    @DisplayName("the meeting has its date as xsd:date, title, series, source path and people")
    void meeting() {
        assertThat(meeting.hasProperty(RDF.type, MG.Meeting)).isTrue();
        assertThat(meeting.getProperty(DCTerms.date).getLiteral().getDatatypeURI()).endsWith("#date");
        assertThat(meeting.getProperty(DCTerms.date).getString()).isEqualTo("2024-02-12");
        assertThat(meeting.getProperty(MG.series).getResource().getURI()).isEqualTo(IRIS.series("container"));
        assertThat(meeting.getProperty(MG.sourcePath).getString()).isEqualTo("container/20240212.md");
        assertThat(model.listObjectsOfProperty(meeting, MG.participant).toList()).extracting(n -> n.asResource().getURI())
                .containsExactlyInAnyOrder(IRIS.personByHandle("jdoe"), IRIS.personByName("Anna Schmidt"));
        assertThat(meeting.getProperty(MG.minuteTaker).getResource().getURI()).isEqualTo(IRIS.personByHandle("jdoe"));
    }

    @Test
    @DisplayName("references point to GitHub issues and to the other meeting's IRI")
    void references() {
        assertThat(model.listObjectsOfProperty(meeting, MG.references).toList()).extracting(n -> n.asResource().getURI())
                .containsExactlyInAnyOrder("https://github.com/example-cloud/standards/issues/212", IRIS.meeting("iaas/20240212.md"));
    }

    @Test
    @DisplayName("sections carry heading, parent, topic, mentions, sponsor and their line range")
    void sections() {
        Resource s = model.getResource(IRIS.section(meeting.getURI(), 4));
        assertThat(s.getProperty(MG.heading).getString()).isEqualTo("Registry (@mkowalski)");
        assertThat(s.getProperty(MG.parentSection).getResource().getURI()).isEqualTo(IRIS.section(meeting.getURI(), 1));
        assertThat(s.getProperty(MG.topic).getResource().getURI()).isEqualTo(IRIS.topic("registry"));
        assertThat(s.getProperty(MG.sponsor).getResource().getURI()).isEqualTo(IRIS.personByHandle("mkowalski"));
        assertThat(model.listObjectsOfProperty(s, MG.mentions).toList()).extracting(n -> n.asResource().getURI())
                .containsExactlyInAnyOrder(HARBOR, IRIS.personByHandle("jdoe"));
        assertThat(s.getProperty(MG.startLine).getInt()).isEqualTo(4);
        assertThat(s.getProperty(MG.endLine).getInt()).isEqualTo(9);
        assertThat(s.getProperty(MG.sourcePath).getString()).isEqualTo("container/20240212.md");
    }

    @Test
    @DisplayName("action items have owner and status only where the file said it; decisions their text")
    void actionsAndDecisions() {
        Resource done = model.getResource(IRIS.action(meeting.getURI(), 6));
        assertThat(done.getProperty(MG.status).getString()).isEqualTo("done");
        assertThat(done.getProperty(MG.owner).getResource().getURI()).isEqualTo(IRIS.personByHandle("mkowalski"));
        assertThat(done.getProperty(MG.inSection).getResource().getURI()).isEqualTo(IRIS.section(meeting.getURI(), 4));
        Resource unknown = model.getResource(IRIS.action(meeting.getURI(), 7));
        assertThat(unknown.hasProperty(MG.status)).isFalse();
        assertThat(unknown.hasProperty(MG.text, "ask upstream")).isTrue();
        Resource decision = model.getResource(IRIS.decision(meeting.getURI(), 8));
        assertThat(decision.hasProperty(RDF.type, MG.Decision)).isTrue();
        assertThat(decision.getProperty(MG.text).getString()).isEqualTo("go with Harbor");
    }

    @Test
    @DisplayName("the file's descriptor in its graph holds path, hashes and the (redacted) markdown")
    void sourceFile() {
        Resource file = model.getResource(IRIS.graph("container/20240212.md"));
        assertThat(file.hasProperty(RDF.type, MG.SourceFile)).isTrue();
        assertThat(file.getProperty(MG.describes).getResource()).isEqualTo(meeting);
        assertThat(file.getProperty(MG.content).getString()).startsWith("# Team Container");
        assertThat(file.getProperty(MG.fingerprint).getString()).isEqualTo("fp1");
    }

    @Test
    @DisplayName("the same meeting always gives the same graph")
    void stable() {
        assertThat(new MeetingGraph(IRIS).build(MeetingGraphTestData.sample(), "abc", "fp1", "# Team Container 2024-02-12\n").isIsomorphicWith(model)).isTrue();
    }
}
