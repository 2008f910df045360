package org.minutegraph.ingest.extract;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

import org.apache.jena.rdf.model.Literal;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.Property;
import org.apache.jena.rdf.model.RDFNode;
import org.apache.jena.rdf.model.Resource;
import org.apache.jena.rdf.model.ResourceFactory;
import org.apache.jena.vocabulary.RDF;
import org.apache.jena.vocabulary.SKOS;
import org.minutegraph.ontology.MG;

/**
 * The tools and tool categories of a SKOS vocabulary, read once from a Jena model
 * ({@code Vocabularies.tools()}), with the lookups matching and search need.
 */
public final class ToolVocabulary {

    /** {@code mg:ambiguous}: the tool's label is also a common word. TODO move to MG once declared there. */
    static final String AMBIGUOUS = MG.NS + "ambiguous";
    /** {@code mg:contextTerm}: a word that shows an ambiguous label means the tool. TODO move to MG. */
    static final String CONTEXT_TERM = MG.NS + "contextTerm";

    private final Map<String, ToolConcept> tools;
    private final Map<String, List<String>> categoryLabels;
    private final Map<String, String> byLabel;

    private ToolVocabulary(Map<String, ToolConcept> tools, Map<String, List<String>> categoryLabels) {
        this.tools = Map.copyOf(tools);
        this.categoryLabels = Map.copyOf(categoryLabels);
        Map<String, String> labels = new HashMap<>();
        // prefLabels first so that an altLabel never shadows another tool's preferred name
        tools.values().forEach(t -> labels.putIfAbsent(t.prefLabel().toLowerCase(Locale.ROOT), t.iri()));
        tools.values().forEach(t -> t.altLabels().forEach(a -> labels.putIfAbsent(a.toLowerCase(Locale.ROOT), t.iri())));
        this.byLabel = Map.copyOf(labels);
    }

    /** Reads every {@code mg:Tool} and {@code mg:ToolCategory} of the model. */
    public static ToolVocabulary from(Model model) {
        Objects.requireNonNull(model, "model");
        Property ambiguous = ResourceFactory.createProperty(AMBIGUOUS);
        Property contextTerm = ResourceFactory.createProperty(CONTEXT_TERM);
        Map<String, ToolConcept> tools = new LinkedHashMap<>();
        for (Resource r : sorted(model.listSubjectsWithProperty(RDF.type, MG.Tool).toList())) {
            Optional<String> pref = prefLabel(r);
            if (pref.isEmpty()) {
                continue; // a tool without a name cannot be matched; SHACL validation reports it
            }
            Set<String> broader = new LinkedHashSet<>();
            r.listProperties(SKOS.broader).forEach(s -> {
                if (s.getObject().isURIResource()) {
                    broader.add(s.getResource().getURI());
                }
            });
            Set<String> context = new LinkedHashSet<>();
            r.listProperties(contextTerm).forEach(s -> {
                if (s.getObject().isLiteral()) {
                    context.add(s.getString().strip().toLowerCase(Locale.ROOT));
                }
            });
            boolean amb = r.hasProperty(ambiguous) && r.getProperty(ambiguous).getObject().isLiteral()
                    && r.getProperty(ambiguous).getBoolean();
            tools.put(r.getURI(), new ToolConcept(r.getURI(), pref.get(), altLabels(r, pref.get()), broader, amb, context));
        }
        Map<String, List<String>> categories = new LinkedHashMap<>();
        for (Resource r : sorted(model.listSubjectsWithProperty(RDF.type, MG.ToolCategory).toList())) {
            prefLabel(r).ifPresent(p -> {
                List<String> labels = new ArrayList<>();
                labels.add(p);
                labels.addAll(altLabels(r, p));
                categories.put(r.getURI(), List.copyOf(labels));
            });
        }
        return new ToolVocabulary(tools, categories);
    }

    /** Every tool, in IRI order. */
    public Collection<ToolConcept> tools() {
        return tools.values().stream().sorted(Comparator.comparing(ToolConcept::iri)).toList();
    }

    public Optional<ToolConcept> tool(String iri) {
        return Optional.ofNullable(tools.get(iri));
    }

    /** The tool a label or alias names, ignoring case ("k8s", "Cluster API", "capi"). */
    public Optional<String> toolIriForLabel(String label) {
        return label == null ? Optional.empty() : Optional.ofNullable(byLabel.get(label.strip().toLowerCase(Locale.ROOT)));
    }

    public Optional<String> prefLabel(String toolIri) {
        return tool(toolIri).map(ToolConcept::prefLabel);
    }

    /** The categories a tool is filed under (direct {@code skos:broader}). */
    public Set<String> categories(String toolIri) {
        return tool(toolIri).map(ToolConcept::broader).orElse(Set.of());
    }

    /** Every category IRI. */
    public Set<String> categoryIris() {
        return categoryLabels.keySet();
    }

    /** A category's labels, preferred first; empty for an unknown IRI. */
    public List<String> categoryLabels(String categoryIri) {
        return categoryLabels.getOrDefault(categoryIri, List.of());
    }

    private static List<Resource> sorted(List<Resource> resources) {
        return resources.stream().filter(Resource::isURIResource).sorted(Comparator.comparing(Resource::getURI)).toList();
    }

    private static Optional<String> prefLabel(Resource r) {
        return r.listProperties(SKOS.prefLabel).toList().stream()
                .map(s -> s.getObject())
                .filter(RDFNode::isLiteral)
                .map(RDFNode::asLiteral)
                .min(Comparator.comparingInt(ToolVocabulary::languageRank))
                .map(Literal::getLexicalForm)
                .map(String::strip)
                .filter(s -> !s.isEmpty());
    }

    private static List<String> altLabels(Resource r, String pref) {
        Set<String> out = new LinkedHashSet<>();
        r.listProperties(SKOS.altLabel).forEach(s -> {
            if (s.getObject().isLiteral()) {
                out.add(s.getString().strip());
            }
        });
        // other-language prefLabels are names too
        r.listProperties(SKOS.prefLabel).forEach(s -> {
            if (s.getObject().isLiteral()) {
                out.add(s.getString().strip());
            }
        });
        out.remove(pref);
        out.remove("");
        return List.copyOf(out);
    }

    private static int languageRank(Literal l) {
        String lang = l.getLanguage();
        return lang.isEmpty() ? 1 : lang.toLowerCase(Locale.ROOT).startsWith("en") ? 0 : 2;
    }
}
