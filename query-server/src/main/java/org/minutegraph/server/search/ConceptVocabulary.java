package org.minutegraph.server.search;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.RDFNode;
import org.apache.jena.rdf.model.Resource;
import org.apache.jena.rdf.model.Statement;
import org.apache.jena.vocabulary.RDF;
import org.apache.jena.vocabulary.SKOS;
import org.minutegraph.ontology.MG;
import org.minutegraph.server.catalog.EntityNames;

/**
 * The SKOS concepts of the tool vocabulary, looked up by any of their labels. Read once from a Jena
 * model, so a changed vocabulary takes effect on the next start without re-indexing: aliases are
 * expanded at query time.
 */
public final class ConceptVocabulary {

    private final Map<String, Concept> byIri;
    private final Map<String, List<Concept>> byLabel;
    private final int longestLabelWords;

    private ConceptVocabulary(Map<String, Concept> byIri) {
        this.byIri = byIri;
        Map<String, List<Concept>> labels = new HashMap<>();
        int longest = 1;
        for (Concept concept : byIri.values()) {
            for (String label : concept.allLabels()) {
                String key = EntityNames.normalise(label);
                if (!key.isEmpty()) {
                    List<Concept> list = labels.computeIfAbsent(key, k -> new ArrayList<>());
                    if (!list.contains(concept)) {
                        list.add(concept);
                    }
                    longest = Math.max(longest, key.split(" ").length);
                }
            }
        }
        this.byLabel = labels;
        this.longestLabelWords = longest;
    }

    /** No concepts: no expansion. */
    public static ConceptVocabulary empty() {
        return new ConceptVocabulary(Map.of());
    }

    /** Every resource with a skos:prefLabel (tools, categories, other concepts) in the model. */
    public static ConceptVocabulary from(Model model) {
        Objects.requireNonNull(model, "model");
        Map<String, Concept> concepts = new LinkedHashMap<>();
        Map<String, List<String>> narrower = new HashMap<>();
        model.listSubjectsWithProperty(SKOS.broader).forEachRemaining(s -> model.listObjectsOfProperty(s, SKOS.broader)
                .forEachRemaining(o -> {
                    if (o.isURIResource() && s.isURIResource()) {
                        narrower.computeIfAbsent(o.asResource().getURI(), k -> new ArrayList<>()).add(s.getURI());
                    }
                }));
        model.listSubjectsWithProperty(SKOS.prefLabel).forEachRemaining(subject -> {
            if (!subject.isURIResource()) {
                return;
            }
            String label = literal(subject.getProperty(SKOS.prefLabel));
            List<String> alts = new ArrayList<>();
            subject.listProperties(SKOS.altLabel).forEachRemaining(st -> alts.add(literal(st)));
            subject.listProperties(SKOS.hiddenLabel).forEachRemaining(st -> alts.add(literal(st)));
            List<String> broader = new ArrayList<>();
            subject.listProperties(SKOS.broader).forEachRemaining(st -> {
                if (st.getObject().isURIResource()) {
                    broader.add(st.getObject().asResource().getURI());
                }
            });
            List<String> related = new ArrayList<>();
            subject.listProperties(SKOS.related).forEachRemaining(st -> {
                if (st.getObject().isURIResource()) {
                    related.add(st.getObject().asResource().getURI());
                }
            });
            // skos:related is symmetric: a link written on one side holds for both
            model.listSubjectsWithProperty(SKOS.related, subject).forEachRemaining(other -> {
                if (other.isURIResource() && !related.contains(other.getURI())) {
                    related.add(other.getURI());
                }
            });
            Statement definition = subject.getProperty(SKOS.definition);
            concepts.put(subject.getURI(), new Concept(subject.getURI(), kindOf(subject), label, alts, broader,
                    narrower.getOrDefault(subject.getURI(), List.of()), definition == null ? "" : literal(definition), related));
        });
        return new ConceptVocabulary(concepts);
    }

    public Optional<Concept> byIri(String iri) {
        return Optional.ofNullable(byIri.get(iri));
    }

    /** Concepts one of whose labels equals {@code text} once both are normalised. */
    public List<Concept> byLabel(String text) {
        return byLabel.getOrDefault(EntityNames.normalise(text), List.of());
    }

    public Collection<Concept> concepts() {
        return byIri.values();
    }

    /** Normalised labels → concepts, for fuzzy matching and type-ahead. */
    Map<String, List<Concept>> labels() {
        return byLabel;
    }

    int longestLabelWords() {
        return longestLabelWords;
    }

    private static Concept.Kind kindOf(Resource subject) {
        if (subject.hasProperty(RDF.type, MG.Tool)) {
            return Concept.Kind.TOOL;
        }
        if (subject.hasProperty(RDF.type, MG.ToolCategory)) {
            return Concept.Kind.CATEGORY;
        }
        return Concept.Kind.CONCEPT;
    }

    private static String literal(Statement statement) {
        RDFNode node = statement.getObject();
        return node.isLiteral() ? node.asLiteral().getLexicalForm() : node.toString();
    }
}
