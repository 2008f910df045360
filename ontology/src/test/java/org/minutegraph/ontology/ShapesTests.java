package org.minutegraph.ontology;

import static org.assertj.core.api.Assertions.assertThat;

import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.ModelFactory;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFParser;
import org.apache.jena.shacl.ShaclValidator;
import org.apache.jena.shacl.Shapes;
import org.apache.jena.shacl.ValidationReport;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

@DisplayName("shapes.ttl, the SHACL shapes")
class ShapesTests {

    private static final String PREFIXES = """
            @base    <https://w3id.org/minutegraph/id/> .
            @prefix mg:      <https://w3id.org/minutegraph#> .
            @prefix tool:    <https://w3id.org/minutegraph/id/tool/> .
            @prefix dcterms: <http://purl.org/dc/terms/> .
            @prefix foaf:    <http://xmlns.com/foaf/0.1/> .
            @prefix skos:    <http://www.w3.org/2004/02/skos/core#> .
            @prefix rdfs:    <http://www.w3.org/2000/01/rdf-schema#> .
            @prefix xsd:     <http://www.w3.org/2001/XMLSchema#> .
            """;

    /**
     * A store's content for one minutes file, as ingest writes it: the corpus graph (series,
     * people, topics) and the file graph (meeting, sections, an action item, a decision).
     */
    private static final String MEETING = """
            # corpus graph
            <graph/_corpus> mg:generation "1"^^xsd:long .

            <series/container> a mg:Series ;
                rdfs:label "Team Container" ;
                mg:slug "container" .

            <person/garloff> a foaf:Person ;
                mg:handle "garloff" ;
                foaf:name "Kurt Garloff" .

            <person/~jane-doe> a foaf:Person ;
                foaf:name "Jane Doe" .

            <topic/registry> a mg:Topic , skos:Concept ;
                skos:prefLabel "Registry" ;
                skos:altLabel "Container Registry" .

            # file graph
            <graph/container/20230220.md> a mg:SourceFile ;
                mg:sourcePath "container/20230220.md" ;
                mg:contentHash "9f86d081884c7d659a2feaa0c55ad015a3bf4f1b2b0b822cd15d6c15b0f00a08" ;
                mg:fingerprint "9f86d081884c7d65-v1" ;
                mg:describes <meeting/container/20230220> .

            <meeting/container/20230220> a mg:Meeting ;
                dcterms:date "2023-02-20"^^xsd:date ;
                dcterms:title "Team Container weekly" ;
                mg:series <series/container> ;
                mg:sourcePath "container/20230220.md" ;
                mg:participant <person/garloff> , <person/~jane-doe> ;
                mg:minuteTaker <person/~jane-doe> ;
                mg:references <https://github.com/SovereignCloudStack/standards/issues/212> ,
                    <meeting/community-call/20230223> .

            <meeting/container/20230220/section/1> a mg:Section ;
                mg:inMeeting <meeting/container/20230220> ;
                mg:heading "" ;
                mg:headingLevel 0 ;
                mg:sourcePath "container/20230220.md" ;
                mg:startLine 1 ;
                mg:endLine 4 .

            <meeting/container/20230220/section/5> a mg:Section ;
                mg:inMeeting <meeting/container/20230220> ;
                mg:heading "Registry" ;
                mg:headingLevel 2 ;
                mg:topic <topic/registry> ;
                mg:mentions tool:harbor , <person/garloff> , <topic/registry> ;
                mg:sponsor <person/garloff> ;
                mg:sourcePath "container/20230220.md" ;
                mg:startLine 5 ;
                mg:endLine 12 .

            <meeting/container/20230220/section/8> a mg:Section ;
                mg:inMeeting <meeting/container/20230220> ;
                mg:heading "Harbor" ;
                mg:headingLevel 3 ;
                mg:parentSection <meeting/container/20230220/section/5> ;
                mg:sourcePath "container/20230220.md" ;
                mg:startLine 8 ;
                mg:endLine 12 .

            <meeting/container/20230220/action/9> a mg:ActionItem ;
                mg:inMeeting <meeting/container/20230220> ;
                mg:inSection <meeting/container/20230220/section/8> ;
                mg:owner <person/garloff> ;
                mg:text "Write the registry ADR" ;
                mg:status "open" ;
                mg:sourcePath "container/20230220.md" ;
                mg:startLine 9 ;
                mg:endLine 9 .

            <meeting/container/20230220/decision/10> a mg:Decision ;
                mg:inMeeting <meeting/container/20230220> ;
                mg:inSection <meeting/container/20230220/section/8> ;
                mg:text "Harbor is the reference registry" ;
                mg:sourcePath "container/20230220.md" ;
                mg:startLine 10 ;
                mg:endLine 11 .
            """;

    private static final Shapes shapes = Shapes.parse(Vocabularies.shapes().getGraph());

    @Test
    @DisplayName("parse as SHACL, with a shape for every class ingest writes")
    void parse() {
        assertThat(shapes.numRootShapes()).isGreaterThanOrEqualTo(8);
        assertThat(shapes.getTargetShapes()).isNotEmpty();
    }

    @Test
    @DisplayName("accept a well-formed store: corpus graph, file graph, ontology and vocabulary")
    void conforming() {
        ValidationReport report = validate(MEETING);
        assertThat(report.conforms()).as(describe(report)).isTrue();
    }

    @Test
    @DisplayName("accept the tools vocabulary on its own")
    void toolsConform() {
        ValidationReport report = ShaclValidator.get().validate(shapes, Vocabularies.tools().getGraph());
        assertThat(report.conforms()).as(describe(report)).isTrue();
    }

    @Nested
    @DisplayName("reject")
    class Reject {

        @Test
        @DisplayName("a meeting without a date")
        void meetingWithoutDate() {
            assertRejected(MEETING.replace("dcterms:date \"2023-02-20\"^^xsd:date ;", ""), "date");
        }

        @Test
        @DisplayName("a meeting whose date is a plain string")
        void meetingWithStringDate() {
            assertRejected(MEETING.replace("\"2023-02-20\"^^xsd:date", "\"2023-02-20\""), "date");
        }

        @Test
        @DisplayName("a meeting in two series")
        void meetingInTwoSeries() {
            assertRejected(MEETING.replace("mg:series <series/container> ;",
                    "mg:series <series/container> , <series/iaas> ;"), "series");
        }

        @Test
        @DisplayName("an action item with status \"maybe\"")
        void actionItemStatus() {
            assertRejected(MEETING.replace("mg:status \"open\"", "mg:status \"maybe\""), "status");
        }

        @Test
        @DisplayName("a section without inMeeting")
        void sectionWithoutMeeting() {
            assertRejected(MEETING.replace("""
                    <meeting/container/20230220/section/8> a mg:Section ;
                        mg:inMeeting <meeting/container/20230220> ;
                    """, """
                    <meeting/container/20230220/section/8> a mg:Section ;
                    """), "inMeeting");
        }

        @Test
        @DisplayName("a section that ends before it starts")
        void sectionLines() {
            assertRejected(MEETING.replace("mg:startLine 8 ;", "mg:startLine 13 ;"), "startLine");
        }

        @Test
        @DisplayName("a line number typed xsd:int: the contract says xsd:integer, which SPARQL patterns match")
        void lineNumberAsInt() {
            assertRejected(MEETING.replace("mg:endLine 11 .", "mg:endLine \"11\"^^xsd:int ."), "endLine");
        }

        @Test
        @DisplayName("a handle written with @ or in upper case")
        void handle() {
            assertRejected(MEETING.replace("mg:handle \"garloff\"", "mg:handle \"@Garloff\""), "handle");
        }

        @Test
        @DisplayName("a person with neither handle nor name")
        void anonymousPerson() {
            assertRejected(MEETING.replace("foaf:name \"Jane Doe\" .", "."), "handle or a foaf:name");
        }

        @Test
        @DisplayName("a decision without text")
        void decisionWithoutText() {
            assertRejected(MEETING.replace("mg:text \"Harbor is the reference registry\" ;", ""), "text");
        }

        @Test
        @DisplayName("a series without a slug")
        void seriesWithoutSlug() {
            assertRejected(MEETING.replace("mg:slug \"container\" .", "."), "slug");
        }

        private void assertRejected(String turtle, String expectedInReport) {
            assertThat(turtle).isNotEqualTo(MEETING);
            ValidationReport report = validate(turtle);
            assertThat(report.conforms()).isFalse();
            assertThat(describe(report)).contains(expectedInReport);
        }
    }

    /** Validates the way the store does: the union of corpus and file graphs, ontology and vocabulary. */
    private ValidationReport validate(String turtle) {
        Model data = ModelFactory.createDefaultModel();
        RDFParser.fromString(PREFIXES + turtle, Lang.TURTLE).parse(data);
        data.add(Vocabularies.tools()).add(Vocabularies.ontology());
        return ShaclValidator.get().validate(shapes, data.getGraph());
    }

    private static String describe(ValidationReport report) {
        StringBuilder text = new StringBuilder();
        report.getEntries().forEach(entry -> text.append(entry.focusNode()).append(' ')
                .append(entry.resultPath()).append(' ').append(entry.sourceConstraintComponent()).append(": ")
                .append(entry.message()).append('\n'));
        return text.toString();
    }
}
