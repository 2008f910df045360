package org.minutegraph.ingest.extract;

import static org.assertj.core.api.Assertions.assertThat;
import static org.minutegraph.ingest.extract.Docs.doc;
import static org.minutegraph.ingest.extract.Docs.item;
import static org.minutegraph.ingest.extract.Docs.para;
import static org.minutegraph.ingest.extract.Docs.section;

import java.util.List;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;
import org.minutegraph.ingest.model.Decision;
import org.minutegraph.ingest.model.MinutesDocument;

@DisplayName("DecisionExtractor")
class DecisionExtractorTests {

    private final DecisionExtractor extractor = new DecisionExtractor();

    private List<String> texts(String heading, Docs.BlockSpec... blocks) {
        return extractor.extract(doc(section("Intro", 1), section(heading, 3, blocks))).stream().map(Decision::text).toList();
    }

    @Nested
    @DisplayName("labels")
    class Labels {

        @ParameterizedTest(name = "[{0}]")
        @CsvSource(delimiter = '|', textBlock = """
                Decision: keep the old flavour names                 | keep the old flavour names
                DECISION: keep the old flavour names                 | keep the old flavour names
                decision: keep the old flavour names                 | keep the old flavour names
                Decided: keep the old flavour names                  | keep the old flavour names
                Agreed: keep the old flavour names                   | keep the old flavour names
                Agreement: keep the old flavour names                | keep the old flavour names
                Consensus: keep the old flavour names                | keep the old flavour names
                Resolution: keep the old flavour names               | keep the old flavour names
                Conclusion: keep the old flavour names               | keep the old flavour names
                Result of discussion: keep the old flavour names     | keep the old flavour names
                Result of the discussion: keep the old flavour names | keep the old flavour names
                -> Decision: keep the old flavour names              | keep the old flavour names
                => Decision (for now): keep the old flavour names    | keep the old flavour names
                Agreed solution: keep the old flavour names          | keep the old flavour names
                consensus among the audience: keep it small          | keep it small
                """)
        void reads(String text, String decision) {
            assertThat(texts("Flavours", item(text))).containsExactly(decision);
        }

        @Test
        @DisplayName("a label alone makes each nested item a decision")
        void nested() {
            assertThat(texts("Flavours", item("Decisions:"), item(1, "rename the flavour"), item(1, "drop the old one"),
                    item(2, "a detail"), item("Something else"))).containsExactly("rename the flavour", "drop the old one");
        }

        @Test
        @DisplayName("a label paragraph makes the list right after it decisions")
        void paragraphLabel() {
            assertThat(texts("Flavours", para("Decision:"), item("rename the flavour"), item("drop the old one"), para("More talk")))
                    .containsExactly("rename the flavour", "drop the old one");
        }

        @Test
        @DisplayName("'Result:' counts only where a discussion is being concluded")
        void result() {
            assertThat(texts("Test run on the lab cluster", item("Result: all checks pass"))).isEmpty();
            assertThat(texts("Discussion of the naming scheme", item("Result: use the short names"))).containsExactly("use the short names");
        }
    }

    @Nested
    @DisplayName("phrases")
    class Phrases {

        @ParameterizedTest(name = "[{0}]")
        @ValueSource(strings = {
            "We decided to move the meeting to Tuesdays", "It was decided that the meeting moves to Tuesdays",
            "Decided that the meeting moves to Tuesdays", "decided to move the meeting to Tuesdays",
            "We agreed on moving the meeting to Tuesdays", "We have agreed to move the meeting to Tuesdays",
            "The consensus was to move the meeting to Tuesdays", "There is consensus that the meeting moves to Tuesdays",
            "Decision to move the meeting to Tuesdays", "Agreement that the meeting moves to Tuesdays",
            "The discussion resulted in a decision to move the meeting"
        })
        void reads(String text) {
            assertThat(texts("Scheduling", item(text))).containsExactly(text);
        }
    }

    @Nested
    @DisplayName("not decisions")
    class NotDecisions {

        @ParameterizedTest(name = "[{0}]")
        @ValueSource(strings = {
            "This needs a decision", "Decision pending on the storage question", "To be decided next week",
            "No decision yet", "No official decision yet", "We should decide on the naming", "We will decide next week",
            "Decision making process for standards", "Decide on the registry?", "Decision: should we split the package?",
            "Decision needed: who maintains the chart", "Decision Record: scs-0001", "Decision on the registry",
            "The provider decided to run its own tooling", "We agreed?", "Agreement?: use the short names",
            "Decision is being prepared by the board", "Decision: tbd", "No agreement on dedicated cores",
            "Talked about decisions in general", "Agreement in the room, AI @jroe: write the record"
        })
        void ignores(String text) {
            assertThat(texts("Registry", item(text))).isEmpty();
        }

        @Test
        @DisplayName("a heading that announces a topic does not make its bullets decisions")
        void topicHeading() {
            assertThat(texts("Decision on registry", item("Harbor was compared with the alternatives"), item("more research needed"))).isEmpty();
        }
    }

    @Test
    @DisplayName("the top-level items of a 'Decisions' heading, not their details")
    void decisionHeading() {
        assertThat(texts("Decisions", item("Use the short names"), item(1, "because they are shorter"), para("Release every quarter")))
                .containsExactly("Use the short names", "Release every quarter");
    }

    @ParameterizedTest(name = "[{0}]")
    @ValueSource(strings = {"Decisions", "Decision", "Decisions:", ":white_check_mark: Decisions", "Agreements", "Conclusions:"})
    void decisionHeadings(String heading) {
        assertThat(DecisionExtractor.isDecisionHeading(heading)).isTrue();
    }

    @Test
    @DisplayName("a nested 'Agreement' approves its parent item")
    void approval() {
        assertThat(texts("Governance", item("Teams may delegate standards work to the SIG"), item(1, "Agreement"))).containsExactly(
                "Teams may delegate standards work to the SIG");
    }

    @Test
    @DisplayName("section index and lines of the block")
    void traceable() {
        MinutesDocument d = doc(section("Intro", 1, para("hi")), section("Flavours", 2, para("context"), item("Decision: go ahead")));
        Decision decision = extractor.extract(d).get(0);
        assertThat(decision.section()).isEqualTo(1);
        assertThat(decision.startLine()).isEqualTo(d.sections().get(1).blocks().get(1).startLine());
    }
}
