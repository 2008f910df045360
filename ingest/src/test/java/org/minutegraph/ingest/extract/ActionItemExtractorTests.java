package org.minutegraph.ingest.extract;

import static org.assertj.core.api.Assertions.assertThat;
import static org.minutegraph.ingest.extract.Docs.code;
import static org.minutegraph.ingest.extract.Docs.doc;
import static org.minutegraph.ingest.extract.Docs.item;
import static org.minutegraph.ingest.extract.Docs.para;
import static org.minutegraph.ingest.extract.Docs.section;
import static org.minutegraph.ingest.extract.Docs.struck;
import static org.minutegraph.ingest.extract.Docs.task;

import java.util.List;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;
import org.minutegraph.ingest.model.ActionItem;
import org.minutegraph.ingest.model.ActionStatus;
import org.minutegraph.ingest.model.MinutesDocument;
import org.minutegraph.ingest.model.PersonRef;

@DisplayName("ActionItemExtractor")
class ActionItemExtractorTests {

    private final ActionItemExtractor extractor = new ActionItemExtractor(new PersonParser());

    private List<ActionItem> items(Docs.BlockSpec... blocks) {
        return extractor.extract(doc(section("Intro", 1), section("Registry", 3, blocks)));
    }

    private static String owners(ActionItem item) {
        return String.join(" ", item.owners().stream().map(PersonRef::key).toList());
    }

    @Nested
    @DisplayName("marker forms")
    class Markers {

        @ParameterizedTest(name = "[{0}]")
        @CsvSource(delimiter = '|', nullValues = "-", textBlock = """
                AI: write the upgrade guide                            | -              | write the upgrade guide
                AI(kurt): ask the vendor about shared images           | kurt           | ask the vendor about shared images
                AI (Kurt): ask the vendor about shared images          | name:kurt      | ask the vendor about shared images
                AI Kurt: draft the epic                                | name:kurt      | draft the epic
                AI @jroe: define the supported versions                | jroe           | define the supported versions
                AI @jroe @asmith: prepare the workshop                 | jroe asmith    | prepare the workshop
                AI @jroe and @asmith: prepare the workshop             | jroe asmith    | prepare the workshop
                AI @jroe, @asmith to prepare the workshop              | jroe asmith    | prepare the workshop
                AI for @jroe: update the wiki page                     | jroe           | update the wiki page
                AI: @jroe will send the invitation                     | jroe           | send the invitation
                AI: @jroe - book a room                                | jroe           | book a room
                AI: come up with a story - @jroe will do this          | jroe           | come up with a story - @jroe will do this
                AI: split the epic into two (@jroe)                    | jroe           | split the epic into two
                AI: hand over to the ops team -> @jroe                 | jroe           | hand over to the ops team
                Check the flavour names (AI @jroe)                     | jroe           | Check the flavour names
                Check the flavour names (AI: @jroe)                    | jroe           | Check the flavour names
                Check the flavour names (AI @jroe, @asmith)            | jroe asmith    | Check the flavour names
                Review went well, AI @jroe to merge it this week       | jroe           | merge it this week
                Push this to a conclusion AI @jroe                     | jroe           | Push this to a conclusion
                AI @jroe: doodle a date for the workshop               | jroe           | doodle a date for the workshop
                TODO: add the term to the glossary                     | -              | add the term to the glossary
                TODO @jroe: add the term to the glossary               | jroe           | add the term to the glossary
                ToDo(jroe): add the term to the glossary               | jroe           | add the term to the glossary
                todo: add the term to the glossary                     | -              | add the term to the glossary
                TODO: @jroe to open a tracking issue                   | jroe           | open a tracking issue
                Preview feature (todo: write the docs page for it)     | -              | write the docs page for it
                @jroe will open a pull request                         | jroe           | open a pull request
                @jroe to invite the vendor                             | jroe           | invite the vendor
                @jroe and @asmith will take a meeting on this          | jroe asmith    | take a meeting on this
                @jroe, @asmith, @bcole will take a meeting on this     | jroe asmith bcole | take a meeting on this
                The review went well. @jroe will merge it tomorrow.    | jroe           | merge it tomorrow.
                """)
        void reads(String text, String owners, String task) {
            List<ActionItem> found = items(item(text));
            assertThat(found).hasSize(1);
            assertThat(owners(found.get(0))).isEqualTo(owners == null ? "" : owners);
            assertThat(found.get(0).text()).isEqualTo(task);
        }

        @ParameterizedTest(name = "[{0}]")
        @ValueSource(strings = {
            "AI's will follow from that meeting", "AIs from last time were reviewed", "We talked about generative AI",
            "AI models need GPUs", "GPU/AI enablement is on the roadmap", "The AI Act applies here",
            "@jroe said the build is green", "@jroe will not be around next week", "@jroe will be on vacation",
            "Ask whether @jroe will join", "@all will join the call", "@dnation will join on Monday",
            "ideas how to test it -> ToDo", "Is it on the TODO list?", "@jroe to the rescue"
        })
        void ignores(String text) {
            assertThat(items(item(text))).isEmpty();
        }

        @Test
        @DisplayName("code blocks are never action items")
        void code() {
            assertThat(items(Docs.code("AI: this is code"))).isEmpty();
        }

        @Test
        @DisplayName("'AI @x' alone under a bullet takes its text from the bullet")
        void bareOwnerUnderBullet() {
            List<ActionItem> found = items(item("Flavour renaming is needed"), item(1, "AI @jroe"));
            assertThat(found).singleElement().satisfies(a -> {
                assertThat(a.text()).isEqualTo("Flavour renaming is needed");
                assertThat(owners(a)).isEqualTo("jroe");
            });
        }

        @Test
        @DisplayName("one item per block, even with two markers")
        void oneItemPerBlock() {
            assertThat(items(item("AI @jroe: ask the first provider, AI @asmith: ask the second"))).hasSize(1);
        }

        @Test
        @DisplayName("'@x will' is no action inside a participant list")
        void participants() {
            MinutesDocument d = doc(section("Participants", item("@jroe will join later")));
            assertThat(extractor.extract(d)).isEmpty();
        }
    }

    @Nested
    @DisplayName("task lists")
    class Tasks {

        @Test
        @DisplayName("an unticked box is an open item, a ticked one done; owners from anywhere in the item")
        void checkboxes() {
            List<ActionItem> found = items(task(false, "@jroe to update the install docs"), task(true, "Publish release notes with @asmith"));
            assertThat(found).extracting(ActionItem::status).containsExactly(ActionStatus.OPEN, ActionStatus.DONE);
            assertThat(found).extracting(ActionItemExtractorTests::owners).containsExactly("jroe", "asmith");
            assertThat(found).extracting(ActionItem::text).containsExactly("update the install docs", "Publish release notes with @asmith");
        }
    }

    @Nested
    @DisplayName("status")
    class Status {

        @ParameterizedTest(name = "[{0}] -> {1}")
        @CsvSource(delimiter = '|', textBlock = """
                AI @jroe: fix the build script (done)       | DONE
                DONE: AI @jroe: fix the build script        | DONE
                AI @jroe: fix the build script ✅           | DONE
                AI @jroe: Build-Skript reparieren, erledigt | DONE
                AI @jroe: fix the build script (open)       | OPEN
                AI @jroe: fix the build script              | UNKNOWN
                TODO: fix the build script                  | UNKNOWN
                """)
        void fromText(String text, ActionStatus status) {
            assertThat(items(item(text))).singleElement().extracting(ActionItem::status).isEqualTo(status);
        }

        @Test
        @DisplayName("struck through means done, and the done marker is not part of the text")
        void struckThrough() {
            assertThat(items(struck("AI @jroe: fix the build script"))).singleElement()
                    .satisfies(a -> assertThat(a.status()).isEqualTo(ActionStatus.DONE));
            assertThat(items(item("AI @jroe: fix the build script (done)"))).singleElement()
                    .extracting(ActionItem::text).isEqualTo("fix the build script");
        }
    }

    @Nested
    @DisplayName("items by position")
    class ByPosition {

        @ParameterizedTest(name = "[{0}]")
        @ValueSource(strings = {"Action items", "AIs", "AI's", "AIs from last meeting", "Check AIs from last time", "ToDos", "Tasks", "Next steps"})
        void headings(String heading) {
            assertThat(ActionItemExtractor.isActionHeading(heading)).isTrue();
        }

        @ParameterizedTest(name = "[{0}]")
        @ValueSource(strings = {"AI models in the cloud", "Agenda", "Task force for storage", "Actionable metrics"})
        void notHeadings(String heading) {
            assertThat(ActionItemExtractor.isActionHeading(heading)).isFalse();
        }

        @Test
        @DisplayName("top-level items under an action heading, owners from their start or end; details are not items")
        void underHeading() {
            MinutesDocument d = doc(section("Action items",
                    item("@jroe: rotate the certificates"), item(1, "details about the rotation"),
                    item("Anna Schmidt: write the summary"), item("Measure the idle time -> @asmith"), item("Clean up the wiki")));
            List<ActionItem> found = extractor.extract(d);
            assertThat(found).extracting(ActionItem::text)
                    .containsExactly("rotate the certificates", "write the summary", "Measure the idle time", "Clean up the wiki");
            assertThat(found).extracting(ActionItemExtractorTests::owners).containsExactly("jroe", "name:anna schmidt", "asmith", "");
        }

        @Test
        @DisplayName("the items a label such as 'AIs:' or '=> TODO:' introduces")
        void underLabel() {
            List<ActionItem> found = items(item("AIs:"), item(1, "@jroe: check the quota"), item("=> TODO:"),
                    item(1, "Document the upgrade"), item("Unrelated remark"));
            assertThat(found).extracting(ActionItem::text).containsExactly("check the quota", "Document the upgrade");
        }

        @Test
        @DisplayName("a paragraph label introduces the list right after it")
        void paragraphLabel() {
            assertThat(items(para("Action items:"), item("Book the room"), item("Send the agenda"), para("Other text")))
                    .extracting(ActionItem::text).containsExactly("Book the room", "Send the agenda");
        }
    }

    @Test
    @DisplayName("section index and line range come from the section and the block")
    void traceable() {
        MinutesDocument d = doc(section("Intro", 1, para("hello")), section("Storage", 2, para("context"), item("AI @jroe: size the volumes")));
        ActionItem a = extractor.extract(d).get(0);
        assertThat(a.section()).isEqualTo(1);
        assertThat(a.startLine()).isEqualTo(d.sections().get(1).blocks().get(1).startLine());
        assertThat(a.endLine()).isEqualTo(a.startLine());
    }

    @Test
    @DisplayName("items come in document order across sections")
    void order() {
        MinutesDocument d = doc(section("One", item("AI: first")), section("Two", item("TODO: second"), item("@jroe will do the third")));
        assertThat(extractor.extract(d)).extracting(ActionItem::text).containsExactly("first", "second", "do the third");
    }
}
