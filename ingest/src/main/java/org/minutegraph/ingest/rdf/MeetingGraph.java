package org.minutegraph.ingest.rdf;

import java.util.Objects;

import org.apache.jena.datatypes.xsd.XSDDatatype;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.ModelFactory;
import org.apache.jena.rdf.model.Resource;
import org.apache.jena.vocabulary.DCTerms;
import org.apache.jena.vocabulary.RDF;
import org.minutegraph.ingest.model.ActionItem;
import org.minutegraph.ingest.model.ActionStatus;
import org.minutegraph.ingest.model.Decision;
import org.minutegraph.ingest.model.Meeting;
import org.minutegraph.ingest.model.MeetingSection;
import org.minutegraph.ingest.model.PersonRef;
import org.minutegraph.ontology.IriScheme;
import org.minutegraph.ontology.MG;

/**
 * Writes the named graph of one minutes file. People and topics appear here by IRI only; their
 * labels live in the corpus graph.
 */
public final class MeetingGraph {

    private final IriScheme iris;

    public MeetingGraph(IriScheme iris) {
        this.iris = Objects.requireNonNull(iris, "iris");
    }

    /**
     * @param meeting the extracted meeting, people already canonical
     * @param contentHash SHA-256 of the file's bytes
     * @param fingerprint what decides whether the file must be written again
     * @param content the file's markdown, redacted, kept so pages can show the minutes
     */
    public Model build(Meeting meeting, String contentHash, String fingerprint, String content) {
        Model m = ModelFactory.createDefaultModel();
        String path = meeting.sourcePath();
        Resource mtg = m.createResource(iris.meeting(path))
                .addProperty(RDF.type, MG.Meeting)
                .addLiteral(DCTerms.date, m.createTypedLiteral(meeting.date().toString(), XSDDatatype.XSDdate))
                .addProperty(DCTerms.title, meeting.title())
                .addProperty(MG.series, m.createResource(iris.series(meeting.series())))
                .addProperty(MG.sourcePath, path);
        meeting.participants().forEach(p -> mtg.addProperty(MG.participant, person(m, p)));
        meeting.minuteTakers().forEach(p -> mtg.addProperty(MG.minuteTaker, person(m, p)));
        meeting.references().forEach(ref -> mtg.addProperty(MG.references, m.createResource(ref)));
        meeting.meetingLinks().forEach(other -> mtg.addProperty(MG.references, m.createResource(iris.meeting(other))));

        m.createResource(iris.graph(path))
                .addProperty(RDF.type, MG.SourceFile)
                .addProperty(MG.sourcePath, path)
                .addProperty(MG.contentHash, contentHash)
                .addProperty(MG.fingerprint, fingerprint)
                .addProperty(MG.content, content)
                .addProperty(MG.describes, mtg);

        for (MeetingSection s : meeting.sections()) {
            section(m, mtg, meeting, s);
        }
        for (ActionItem a : meeting.actionItems()) {
            Resource r = located(m, iris.action(mtg.getURI(), a.startLine()), MG.ActionItem, path, a.startLine(), a.endLine())
                    .addProperty(MG.inMeeting, mtg)
                    .addProperty(MG.text, a.text());
            sectionOf(m, mtg, meeting, a.section()).ifPresent(s -> r.addProperty(MG.inSection, s));
            a.owners().forEach(o -> r.addProperty(MG.owner, person(m, o)));
            if (a.status() != ActionStatus.UNKNOWN) {
                r.addProperty(MG.status, a.status() == ActionStatus.DONE ? MG.STATUS_DONE : MG.STATUS_OPEN);
            }
        }
        for (Decision d : meeting.decisions()) {
            Resource r = located(m, iris.decision(mtg.getURI(), d.startLine()), MG.Decision, path, d.startLine(), d.endLine())
                    .addProperty(MG.inMeeting, mtg)
                    .addProperty(MG.text, d.text());
            sectionOf(m, mtg, meeting, d.section()).ifPresent(s -> r.addProperty(MG.inSection, s));
        }
        return m;
    }

    private void section(Model m, Resource mtg, Meeting meeting, MeetingSection s) {
        Resource r = located(m, iris.section(mtg.getURI(), s.startLine()), MG.Section, meeting.sourcePath(), s.startLine(), s.endLine())
                .addProperty(MG.inMeeting, mtg)
                .addProperty(MG.heading, s.heading())
                .addLiteral(MG.headingLevel, integer(m, s.level()));
        sectionOf(m, mtg, meeting, s.parent()).ifPresent(p -> r.addProperty(MG.parentSection, p));
        s.topic().ifPresent(t -> r.addProperty(MG.topic, m.createResource(iris.topic(t.key()))));
        s.tools().forEach(t -> r.addProperty(MG.mentions, m.createResource(t)));
        s.people().forEach(p -> r.addProperty(MG.mentions, person(m, p)));
        s.sponsors().forEach(p -> r.addProperty(MG.sponsor, person(m, p)));
        s.references().forEach(ref -> r.addProperty(MG.references, m.createResource(ref)));
        s.meetingLinks().forEach(other -> r.addProperty(MG.references, m.createResource(iris.meeting(other))));
    }

    private java.util.Optional<Resource> sectionOf(Model m, Resource mtg, Meeting meeting, int index) {
        if (index < 0 || index >= meeting.sections().size()) {
            return java.util.Optional.empty();
        }
        return java.util.Optional.of(m.createResource(iris.section(mtg.getURI(), meeting.sections().get(index).startLine())));
    }

    private static Resource located(Model m, String iri, Resource type, String path, int start, int end) {
        return m.createResource(iri)
                .addProperty(RDF.type, type)
                .addProperty(MG.sourcePath, path)
                .addLiteral(MG.startLine, integer(m, start))
                .addLiteral(MG.endLine, integer(m, end));
    }

    /** xsd:integer, the datatype SPARQL writes for a bare number, so {@code mg:startLine 12} matches. */
    private static org.apache.jena.rdf.model.Literal integer(Model m, int n) {
        return m.createTypedLiteral(java.math.BigInteger.valueOf(n));
    }

    private Resource person(Model m, PersonRef p) {
        return m.createResource(personIri(iris, p));
    }

    /** The IRI of a person: by handle when known, else by name. */
    public static String personIri(IriScheme iris, PersonRef p) {
        return p.handle() != null ? iris.personByHandle(p.handle()) : iris.personByName(p.name());
    }
}
