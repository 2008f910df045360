package org.minutegraph.ingest.index;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

class PassageTextTests {

    @Test
    @DisplayName("a link keeps its text, a bare URL its last named segment")
    void linksAndUrlsShrinkToNames() {
        String text = PassageText.withoutUrls("see [ticket 12](https://example.org/tracker/issues/12) and https://example.org/acme/gizmo-tool/ now");
        assertThat(text).isEqualTo("see ticket 12 and gizmo-tool now");
    }

    @Test
    @DisplayName("the series leads, date-only headings are dropped, the text follows")
    void contextLeadsAndDatesGo() {
        String embedded = PassageText.forEmbedding("Team Widgets", "2024-01-02 › Agenda › [#7](https://example.org/7) Sprocket login",
                "- we wired the sprocket to the badge reader");
        assertThat(embedded).isEqualTo("Team Widgets › Agenda › #7 Sprocket login - we wired the sprocket to the badge reader");
    }

    @Test
    @DisplayName("without a context the heading path and text are kept as before")
    void noContext() {
        assertThat(PassageText.forEmbedding("Lunch", "pasta or rice")).isEqualTo("Lunch pasta or rice");
    }
}
