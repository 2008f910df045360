package org.minutegraph.ontology;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class VocabulariesTests {

    @Test
    @DisplayName("the tools fingerprint is stable, and changes with the user's vocabulary files and their content")
    void toolsFingerprint(@TempDir Path dir) throws Exception {
        Path extra = Files.writeString(dir.resolve("extra.ttl"),
                "<https://example.org/tool/x> <http://www.w3.org/2004/02/skos/core#prefLabel> \"X\" .\n");
        String builtIn = Vocabularies.toolsFingerprint(List.of());
        assertThat(Vocabularies.toolsFingerprint(List.of())).isEqualTo(builtIn).hasSize(64);
        String withExtra = Vocabularies.toolsFingerprint(List.of(extra));
        assertThat(withExtra).isNotEqualTo(builtIn);
        Files.writeString(extra, "<https://example.org/tool/x> <http://www.w3.org/2004/02/skos/core#prefLabel> \"Y\" .\n");
        assertThat(Vocabularies.toolsFingerprint(List.of(extra))).isNotEqualTo(withExtra);
    }

    @Test
    @DisplayName("a vocabulary file that cannot be read is named in the error")
    void missingFile(@TempDir Path dir) {
        Path missing = dir.resolve("nope.ttl");
        assertThatThrownBy(() -> Vocabularies.toolsFingerprint(List.of(missing)))
                .isInstanceOf(VocabularyException.class).hasMessageContaining("nope.ttl");
    }
}
