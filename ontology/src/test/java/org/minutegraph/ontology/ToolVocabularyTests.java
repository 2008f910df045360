package org.minutegraph.ontology;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.Property;
import org.apache.jena.rdf.model.RDFNode;
import org.apache.jena.rdf.model.Resource;
import org.apache.jena.rdf.model.Statement;
import org.apache.jena.vocabulary.RDF;
import org.apache.jena.vocabulary.SKOS;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

@DisplayName("tools.ttl, the SKOS vocabulary of tools and technologies")
class ToolVocabularyTests {

    private static final String SCHEME = MG.DEFAULT_BASE + "tools";
    private static final String TOOL_BASE = MG.DEFAULT_BASE + "tool/";
    private static final String CATEGORY_BASE = MG.DEFAULT_BASE + "category/";

    private static final Model tools = Vocabularies.tools();
    private static final List<Resource> toolList = tools.listSubjectsWithProperty(RDF.type, MG.Tool).toList();
    private static final List<Resource> categories = tools.listSubjectsWithProperty(RDF.type, MG.ToolCategory).toList();

    @Nested
    @DisplayName("every tool")
    class EveryTool {

        @Test
        @DisplayName("there are at least 150, all skos:Concepts in the tools scheme")
        void count() {
            assertThat(toolList).hasSizeGreaterThanOrEqualTo(150);
            assertThat(toolList).allSatisfy(tool -> {
                assertThat(tool.hasProperty(RDF.type, SKOS.Concept)).as("%s is a skos:Concept", tool).isTrue();
                assertThat(tool.hasProperty(SKOS.inScheme, tools.createResource(SCHEME))).as("%s in scheme", tool).isTrue();
            });
        }

        @Test
        @DisplayName("has an IRI of the form id/tool/{lower-case-slug}")
        void iri() {
            assertThat(toolList).allSatisfy(tool ->
                    assertThat(tool.getURI()).startsWith(TOOL_BASE).matches(".*/tool/[a-z0-9]+(-[a-z0-9]+)*"));
        }

        @Test
        @DisplayName("has exactly one prefLabel and one definition")
        void labels() {
            assertThat(toolList).allSatisfy(tool -> {
                assertThat(tool.listProperties(SKOS.prefLabel).toList()).as("prefLabel of %s", tool).hasSize(1);
                assertThat(tool.listProperties(SKOS.definition).toList()).as("definition of %s", tool).hasSize(1);
            });
        }

        @Test
        @DisplayName("is narrower than at least one category that has a prefLabel")
        void broader() {
            assertThat(toolList).allSatisfy(tool -> {
                List<Resource> broader = tool.listProperties(SKOS.broader).mapWith(Statement::getResource).toList();
                assertThat(broader).as("categories of %s", tool).isNotEmpty().allSatisfy(category -> {
                    assertThat(category.hasProperty(RDF.type, MG.ToolCategory)).as("%s is a mg:ToolCategory", category).isTrue();
                    assertThat(category.hasProperty(SKOS.prefLabel)).as("%s has a prefLabel", category).isTrue();
                });
            });
        }

        @Test
        @DisplayName("that is ambiguous says which nearby words confirm it")
        void ambiguousHaveContext() {
            List<Resource> ambiguous = toolList.stream().filter(tool -> tool.hasLiteral(MG.ambiguous, true)).toList();
            assertThat(ambiguous).hasSizeGreaterThanOrEqualTo(10).allSatisfy(tool ->
                    assertThat(tool.listProperties(MG.contextTerm).toList()).as("context terms of %s", tool).isNotEmpty());
            assertThat(ambiguous).extracting(ToolVocabularyTests::prefLabel)
                    .contains("Matrix", "Go", "Heat", "Swift", "Glance", "Horizon", "Placement", "Flux", "Element", "Vault");
        }
    }

    @Nested
    @DisplayName("every category")
    class EveryCategory {

        @Test
        @DisplayName("is a skos:Concept and top concept of the scheme, with one prefLabel, under id/category/")
        void shape() {
            assertThat(categories).hasSizeGreaterThanOrEqualTo(20).allSatisfy(category -> {
                assertThat(category.getURI()).startsWith(CATEGORY_BASE);
                assertThat(category.hasProperty(RDF.type, SKOS.Concept)).isTrue();
                assertThat(category.hasProperty(SKOS.topConceptOf, tools.createResource(SCHEME))).isTrue();
                assertThat(category.listProperties(SKOS.prefLabel).toList()).as("prefLabel of %s", category).hasSize(1);
            });
        }

        @Test
        @DisplayName("has at least one tool")
        void used() {
            assertThat(categories).allSatisfy(category ->
                    assertThat(tools.contains(null, SKOS.broader, category)).as("tools under %s", category).isTrue());
        }
    }

    @Test
    @DisplayName("no label, preferred or alternative, names two concepts (case-insensitively)")
    void labelsAreUnique() {
        Map<String, Set<Resource>> owners = new HashMap<>();
        List<Resource> concepts = new ArrayList<>(toolList);
        concepts.addAll(categories);
        for (Resource concept : concepts) {
            for (Property property : List.of(SKOS.prefLabel, SKOS.altLabel)) {
                concept.listProperties(property).forEach(statement -> owners
                        .computeIfAbsent(normalise(statement.getString()), key -> new java.util.HashSet<>())
                        .add(concept));
            }
        }
        Map<String, Set<Resource>> shared = owners.entrySet().stream()
                .filter(entry -> entry.getValue().size() > 1)
                .collect(Collectors.toMap(Map.Entry::getKey, Map.Entry::getValue));
        assertThat(shared).isEmpty();
    }

    @ParameterizedTest(name = "\"{0}\" is {1}")
    @CsvSource({
            "k8s, Kubernetes",
            "K8S, Kubernetes",
            "kube, Kubernetes",
            "CAPI, Cluster API",
            "Cluster-API, Cluster API",
            "ClusterAPI, Cluster API",
            "CAPO, Cluster API Provider OpenStack",
            "CSO, Cluster Stack Operator",
            "Open Stack, OpenStack",
            "osism, OSISM",
            "Golang, Go",
            "RGW, RADOS Gateway",
            "OIDC, OpenID Connect",
            "CiaB, Cloud in a Box",
            "GAIA-X, Gaia-X",
            "KaaS v1, SCS k8s-cluster-api-provider",
    })
    @DisplayName("resolves the aliases people write")
    void aliases(String alias, String prefLabel) {
        assertThat(resolve(alias)).map(ToolVocabularyTests::prefLabel).contains(prefLabel);
    }

    @ParameterizedTest(name = "{0} is a {1}")
    @CsvSource({
            "Harbor, container registry",
            "Keppel, container registry",
            "Keycloak, identity provider",
            "Zitadel, identity provider",
            "OpenStack, cloud platform",
            "Prometheus, observability",
            "Cilium, Kubernetes networking",
            "Vault, secrets management",
            "Barbican, secrets management",
            "CHAOSS, community health tooling",
    })
    @DisplayName("puts tools under the expected categories")
    void categories(String tool, String category) {
        Resource resource = resolve(tool).orElseThrow();
        assertThat(resource.listProperties(SKOS.broader).mapWith(Statement::getResource).toList())
                .extracting(ToolVocabularyTests::prefLabel)
                .contains(category);
    }

    @Test
    @DisplayName("resolves category aliases too: IdP is the identity provider category")
    void categoryAliases() {
        assertThat(resolve("IdP")).map(ToolVocabularyTests::prefLabel).contains("identity provider");
        assertThat(resolve("registry")).map(ToolVocabularyTests::prefLabel).contains("container registry");
    }

    private static Optional<Resource> resolve(String label) {
        String wanted = normalise(label);
        return Stream.of(SKOS.prefLabel, SKOS.altLabel)
                .flatMap(property -> tools.listStatements(null, property, (RDFNode) null).toList().stream())
                .filter(statement -> normalise(statement.getString()).equals(wanted))
                .map(Statement::getSubject)
                .findFirst();
    }

    private static String prefLabel(RDFNode concept) {
        return concept.asResource().getProperty(SKOS.prefLabel).getString();
    }

    private static String normalise(String label) {
        return label.strip().toLowerCase(Locale.ROOT);
    }
}
