package org.minutegraph.ingest.extract;

import static org.assertj.core.api.Assertions.assertThat;
import static org.minutegraph.ingest.extract.TextFixtures.category;
import static org.minutegraph.ingest.extract.TextFixtures.tool;

import org.junit.jupiter.api.Test;

class ToolVocabularyTests {

    private final ToolVocabulary vocabulary = ToolVocabulary.from(TextFixtures.toolsModel());

    @Test
    void looksUpLabelsAndAliasesIgnoringCase() {
        assertThat(vocabulary.toolIriForLabel("k8s")).contains(tool("kubernetes"));
        assertThat(vocabulary.toolIriForLabel("  cluster-api ")).contains(tool("cluster-api"));
        assertThat(vocabulary.toolIriForLabel("capi")).contains(tool("cluster-api"));
        assertThat(vocabulary.toolIriForLabel("HARBOR")).contains(tool("harbor"));
        assertThat(vocabulary.toolIriForLabel("gitlab")).isEmpty();
    }

    @Test
    void readsPrefLabelsCategoriesAndAmbiguity() {
        assertThat(vocabulary.prefLabel(tool("kubernetes"))).contains("Kubernetes");
        assertThat(vocabulary.categories(tool("magnum"))).containsExactlyInAnyOrder(category("iaas"), category("orchestration"));
        assertThat(vocabulary.categoryLabels(category("container-registry"))).containsExactly("container registry", "registry");
        assertThat(vocabulary.tool(tool("heat")).orElseThrow().ambiguous()).isTrue();
        assertThat(vocabulary.tool(tool("heat")).orElseThrow().contextTerms()).contains("openstack", "template");
        assertThat(vocabulary.tool(tool("harbor")).orElseThrow().ambiguous()).isFalse();
        assertThat(vocabulary.categoryIris()).hasSize(6);
        assertThat(vocabulary.tools()).hasSize(17);
    }
}
