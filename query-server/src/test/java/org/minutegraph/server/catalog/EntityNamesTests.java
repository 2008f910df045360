package org.minutegraph.server.catalog;

import static org.assertj.core.api.Assertions.assertThat;

import java.text.Normalizer;
import java.util.List;
import java.util.Locale;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

class EntityNamesTests {

    /** The folding as first written with regular expressions: the fast ASCII path must agree with it. */
    private static String byRegex(String text) {
        String folded = Normalizer.normalize(text, Normalizer.Form.NFD).replaceAll("\\p{M}", "").toLowerCase(Locale.ROOT);
        return folded.replaceAll("[^\\p{L}\\p{N}+#]+", " ").strip();
    }

    @Test
    @DisplayName("ASCII and non-ASCII names fold as the regular-expression definition does")
    void agreesWithRegexDefinition() {
        List<String> names = List.of("Cluster API", "  k8s-harbor ", "SCS-0102-v2", "@some_handle", "--", "", "a", "Ops (IaaS) / Team",
                "Zürich Café", "naïve  résumé!", "x\ty\nz", "Über-Ops", "ÅSA 42", "tab\u00a0space", "A.B.C.", "C++ / C#");
        for (String name : names) {
            assertThat(EntityNames.normalise(name)).as(name).isEqualTo(byRegex(name));
        }
    }

    @Test
    @DisplayName("punctuation runs become one space and case is folded")
    void folds() {
        assertThat(EntityNames.normalise("Cluster--API!!")).isEqualTo("cluster api");
        assertThat(EntityNames.normalise("@JSchoone")).isEqualTo("jschoone");
        assertThat(EntityNames.normalise("C++")).isNotEqualTo(EntityNames.normalise("C"));
    }

    @Test
    @DisplayName("a near spelling: none below four letters, one edit up to five, two from six (habour is harbor)")
    void nearSpellings() {
        assertThat(EntityNames.distance("habour", "harbor")).isEqualTo(2);
        assertThat(EntityNames.distance("harbr", "harbor")).isEqualTo(1);
        assertThat(EntityNames.distance("hrbor", "harbour")).isGreaterThan(EntityNames.allowedEdits("hrbor"));
        assertThat(EntityNames.distance("k8z", "k8s")).isGreaterThan(EntityNames.allowedEdits("k8z"));
    }
}
