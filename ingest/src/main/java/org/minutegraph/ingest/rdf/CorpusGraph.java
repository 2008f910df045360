package org.minutegraph.ingest.rdf;

import java.util.Collection;
import java.util.Map;
import java.util.Objects;

import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.ModelFactory;
import org.apache.jena.rdf.model.Resource;
import org.apache.jena.vocabulary.RDF;
import org.apache.jena.vocabulary.RDFS;
import org.apache.jena.vocabulary.SKOS;
import org.minutegraph.ingest.model.PersonRef;
import org.minutegraph.ontology.IriScheme;
import org.minutegraph.ontology.MG;

/** Writes the statements that belong to the corpus as a whole: series, people and topics. */
public final class CorpusGraph {

    private static final String FOAF = "http://xmlns.com/foaf/0.1/";

    /** A topic with the label chosen for it and every other way its heading was written. */
    public record TopicEntry(String key, String label, Collection<String> variants) {
        public TopicEntry {
            Objects.requireNonNull(key, "key");
            Objects.requireNonNull(label, "label");
            variants = java.util.List.copyOf(variants);
        }
    }

    private final IriScheme iris;

    public CorpusGraph(IriScheme iris) {
        this.iris = Objects.requireNonNull(iris, "iris");
    }

    /**
     * @param seriesLabels series slug → human label
     * @param people one canonical ref per person (handle and name where both are known)
     * @param topics every topic seen
     * @param generation the store generation this corpus graph belongs to
     */
    public Model build(Map<String, String> seriesLabels, Collection<PersonRef> people, Collection<TopicEntry> topics, long generation) {
        Model m = ModelFactory.createDefaultModel();
        m.setNsPrefix("mg", MG.NS);
        seriesLabels.forEach((slug, label) -> m.createResource(iris.series(slug))
                .addProperty(RDF.type, MG.Series)
                .addProperty(RDFS.label, label)
                .addProperty(MG.slug, slug));
        Resource foafPerson = m.createResource(FOAF + "Person");
        for (PersonRef p : people) {
            Resource r = m.createResource(MeetingGraph.personIri(iris, p)).addProperty(RDF.type, foafPerson);
            if (p.handle() != null) {
                r.addProperty(MG.handle, p.handle());
            }
            if (p.name() != null) {
                r.addProperty(m.createProperty(FOAF + "name"), p.name());
            }
        }
        for (TopicEntry t : topics) {
            Resource r = m.createResource(iris.topic(t.key()))
                    .addProperty(RDF.type, MG.Topic)
                    .addProperty(RDF.type, SKOS.Concept)
                    .addProperty(SKOS.prefLabel, t.label());
            t.variants().stream().filter(v -> !v.equals(t.label())).distinct().forEach(v -> r.addProperty(SKOS.altLabel, v));
        }
        m.createResource(iris.corpusGraph()).addLiteral(MG.generation, m.createTypedLiteral(generation));
        return m;
    }
}
