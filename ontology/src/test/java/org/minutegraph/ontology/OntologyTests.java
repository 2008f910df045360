package org.minutegraph.ontology;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.Resource;
import org.apache.jena.vocabulary.DCTerms;
import org.apache.jena.vocabulary.OWL;
import org.apache.jena.vocabulary.RDF;
import org.apache.jena.vocabulary.RDFS;
import org.apache.jena.vocabulary.SKOS;
import org.apache.jena.vocabulary.XSD;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.FieldSource;

@DisplayName("minutegraph.ttl, the OWL ontology")
class OntologyTests {

    private static final String SCHEMA = "https://schema.org/";
    private static final String ORG = "http://www.w3.org/ns/org#";
    private static final String FOAF = "http://xmlns.com/foaf/0.1/";

    static final List<Resource> TERMS = MG.TERMS;

    private final Model ontology = Vocabularies.ontology();

    @Test
    @DisplayName("parses, and describes itself with a version, title, description and licence")
    void describesItself() {
        Resource iri = ontology.createResource("https://w3id.org/minutegraph");
        assertThat(ontology.contains(iri, RDF.type, OWL.Ontology)).isTrue();
        assertThat(ontology.contains(iri, OWL.versionInfo)).isTrue();
        assertThat(ontology.contains(iri, DCTerms.title)).isTrue();
        assertThat(ontology.contains(iri, DCTerms.description)).isTrue();
        assertThat(ontology.contains(iri, DCTerms.license,
                ontology.createResource("https://creativecommons.org/licenses/by/4.0/"))).isTrue();
    }

    @ParameterizedTest(name = "{0}")
    @FieldSource("TERMS")
    @DisplayName("declares every term as a class or property, with a label and a comment")
    void declaresTerm(Resource term) {
        Resource declared = ontology.createResource(term.getURI());
        assertThat(List.of(OWL.Class, OWL.ObjectProperty, OWL.DatatypeProperty))
                .as("type of %s", term)
                .anyMatch(type -> ontology.contains(declared, RDF.type, type));
        assertThat(ontology.contains(declared, RDFS.label)).as("rdfs:label of %s", term).isTrue();
        assertThat(ontology.contains(declared, RDFS.comment)).as("rdfs:comment of %s", term).isTrue();
    }

    @Test
    @DisplayName("declares no mg: term that has no declaration type")
    void noStrayTerms() {
        ontology.listSubjects().forEach(subject -> {
            if (subject.isURIResource() && subject.getURI().startsWith(MG.NS)) {
                assertThat(ontology.contains(subject, RDF.type)).as("type of %s", subject).isTrue();
            }
        });
    }

    @Test
    @DisplayName("aligns the classes with schema.org, W3C ORG, SKOS and PROV")
    void alignsClasses() {
        assertThat(subClassOf(MG.Meeting, SCHEMA + "Event")).isTrue();
        assertThat(subClassOf(MG.Series, ORG + "OrganizationalUnit")).isTrue();
        assertThat(subClassOf(MG.Topic, SKOS.Concept.getURI())).isTrue();
        assertThat(subClassOf(MG.Tool, SKOS.Concept.getURI())).isTrue();
        assertThat(subClassOf(MG.ToolCategory, SKOS.Concept.getURI())).isTrue();
        assertThat(subClassOf(MG.SourceFile, "http://www.w3.org/ns/prov#Entity")).isTrue();
    }

    @Test
    @DisplayName("makes participants schema.org attendees")
    void alignsParticipant() {
        assertThat(ontology.contains(MG.participant, RDFS.subPropertyOf,
                ontology.createResource(SCHEMA + "attendee"))).isTrue();
    }

    @Test
    @DisplayName("gives the contract's ranges: people, strings, integers")
    void ranges() {
        Resource person = ontology.createResource(FOAF + "Person");
        assertThat(ontology.contains(MG.owner, RDFS.range, person)).isTrue();
        assertThat(ontology.contains(MG.participant, RDFS.range, person)).isTrue();
        assertThat(ontology.contains(MG.series, RDFS.range, MG.Series)).isTrue();
        assertThat(ontology.contains(MG.inMeeting, RDFS.range, MG.Meeting)).isTrue();
        assertThat(ontology.contains(MG.references, RDFS.range, RDFS.Resource)).isTrue();
        for (Resource stringProperty : List.of(MG.sourcePath, MG.status, MG.handle, MG.slug, MG.text, MG.contentHash)) {
            assertThat(ontology.contains(stringProperty, RDFS.range, XSD.xstring)).as("%s", stringProperty).isTrue();
        }
        for (Resource integerProperty : List.of(MG.startLine, MG.endLine, MG.headingLevel)) {
            assertThat(ontology.contains(integerProperty, RDFS.range, XSD.integer)).as("%s", integerProperty).isTrue();
        }
    }

    private boolean subClassOf(Resource cls, String superIri) {
        return ontology.contains(cls, RDFS.subClassOf, ontology.createResource(superIri));
    }
}
