package org.minutegraph.ingest.index;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import org.apache.lucene.index.Term;
import org.apache.lucene.search.MatchAllDocsQuery;
import org.apache.lucene.search.TermQuery;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.minutegraph.ingest.model.Meeting;
import org.minutegraph.ingest.model.MeetingSection;
import org.minutegraph.ingest.model.PersonRef;
import org.minutegraph.ontology.IriScheme;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class PassageIndexWriterTests {

    static final IndexContext CONTEXT = IndexContext.of(IriScheme.defaults());

    /** Counts what it embeds; vectors are a fixed function of the text length. */
    static final class CountingEmbedder implements Embedder {
        final List<String> seen = new ArrayList<>();

        public String modelId() {
            return "counting";
        }

        public int dimensions() {
            return PassageSchema.VECTOR_DIMENSIONS;
        }

        public float[] embed(String text) {
            seen.add(text);
            float[] v = new float[dimensions()];
            v[text.length() % dimensions()] = 1;
            return v;
        }
    }

    static Meeting meeting(String path, String... texts) {
        List<MeetingSection> sections = new ArrayList<>();
        sections.add(new MeetingSection(0, "Participants", 2, 1, 2, -1, Optional.empty(), Set.of(), Set.of(), Set.of(), Set.of(), Set.of(), "@ann, @ben"));
        for (int i = 0; i < texts.length; i++) {
            sections.add(new MeetingSection(i + 1, "Topic " + i, 2, 10 * (i + 1), 10 * (i + 1) + 5, -1, Optional.empty(),
                    Set.of(), Set.of(), Set.of(), Set.of(), Set.of(), texts[i]));
        }
        sections.add(new MeetingSection(texts.length + 1, "", 0, 99, 99, -1, Optional.empty(), Set.of(), Set.of(), Set.of(), Set.of(), Set.of(), " "));
        return new Meeting(path, "team", LocalDate.of(2023, 5, 1), "Title", List.of(PersonRef.ofHandle("ann")), List.of(), sections,
                List.of(), List.of(), Set.of(), Set.of(), List.of());
    }

    static void commit(PassageIndexWriter w, String generation) {
        w.prepareCommit(Map.of("generation", generation));
        w.commit();
    }

    static int count(Path indexDir, org.apache.lucene.search.Query q) {
        try (PassageIndex index = PassageIndex.open(indexDir)) {
            return index.withSearcher(s -> s.count(q));
        }
    }

    @Test
    void writesOnePassagePerSectionSkippingParticipantsAndBlanks(@TempDir Path dir) {
        Path indexDir = dir.resolve("index");
        try (PassageIndexWriter w = PassageIndexWriter.open(indexDir, IndexConfig.lexicalOnly(), null)) {
            w.add(meeting("team/a.md", "first text", "second text"), CONTEXT);
            commit(w, "7");
        }
        assertThat(count(indexDir, new MatchAllDocsQuery())).isEqualTo(2);
        assertThat(count(indexDir, new TermQuery(new Term(PassageSchema.PARTICIPANT, "ann")))).isEqualTo(2);
        try (PassageIndex index = PassageIndex.open(indexDir)) {
            assertThat(index.commitUserData()).isEqualTo(Map.of("generation", "7"));
            assertThat(index.hasEmbeddings()).isFalse();
        }
    }

    @Test
    void readdingAFileReplacesItsPassagesAndDeleteRemovesThem(@TempDir Path dir) {
        Path indexDir = dir.resolve("index");
        try (PassageIndexWriter w = PassageIndexWriter.open(indexDir, IndexConfig.lexicalOnly(), null)) {
            w.add(meeting("team/a.md", "one", "two", "three"), CONTEXT);
            w.add(meeting("team/b.md", "other"), CONTEXT);
            commit(w, "1");
        }
        try (PassageIndexWriter w = PassageIndexWriter.open(indexDir, IndexConfig.lexicalOnly(), null)) {
            w.delete("team/a.md");
            w.add(meeting("team/a.md", "only one now"), CONTEXT);
            w.delete("team/b.md");
            commit(w, "2");
        }
        assertThat(count(indexDir, new MatchAllDocsQuery())).isEqualTo(1);
        assertThat(count(indexDir, new TermQuery(new Term(PassageSchema.SOURCE_PATH, "team/b.md")))).isZero();
    }

    @Test
    void rollbackAndCloseWithoutCommitKeepTheLastCommit(@TempDir Path dir) {
        Path indexDir = dir.resolve("index");
        try (PassageIndexWriter w = PassageIndexWriter.open(indexDir, IndexConfig.lexicalOnly(), null)) {
            w.add(meeting("team/a.md", "kept"), CONTEXT);
            commit(w, "1");
        }
        try (PassageIndexWriter w = PassageIndexWriter.open(indexDir, IndexConfig.lexicalOnly(), null)) {
            w.delete("team/a.md");
            w.prepareCommit(Map.of("generation", "2"));
            w.rollback();
        }
        try (PassageIndexWriter w = PassageIndexWriter.open(indexDir, IndexConfig.lexicalOnly(), null)) {
            w.add(meeting("team/z.md", "lost"), CONTEXT);
        }
        assertThat(count(indexDir, new MatchAllDocsQuery())).isEqualTo(1);
        try (PassageIndex index = PassageIndex.open(indexDir)) {
            assertThat(index.commitUserData()).containsEntry("generation", "1");
        }
    }

    @Test
    void onlyNewTextsAreEmbeddedAcrossRuns(@TempDir Path dir) {
        Path indexDir = dir.resolve("index");
        CountingEmbedder first = new CountingEmbedder();
        try (PassageIndexWriter w = PassageIndexWriter.open(indexDir, IndexConfig.defaults(), first)) {
            w.add(meeting("team/a.md", "alpha", "beta"), CONTEXT);
            commit(w, "1");
            assertThat(w.stats().embedded()).isEqualTo(2);
        }
        CountingEmbedder second = new CountingEmbedder();
        try (PassageIndexWriter w = PassageIndexWriter.open(indexDir, IndexConfig.defaults(), second)) {
            w.delete("team/a.md");
            w.add(meeting("team/a.md", "alpha", "beta", "gamma"), CONTEXT);
            commit(w, "2");
            assertThat(w.stats().cached()).isEqualTo(2);
        }
        assertThat(second.seen).singleElement().asString().contains("gamma");
        try (PassageIndex index = PassageIndex.open(indexDir)) {
            assertThat(index.hasEmbeddings()).isTrue();
        }
        assertThat(dir.resolve("embeddings/counting.bin")).exists();
    }

    @Test
    void keepsTheCommitBeforeTheLastAndCanStartFromIt(@TempDir Path dir) {
        Path indexDir = dir.resolve("index");
        for (String generation : List.of("1", "2", "3")) {
            try (PassageIndexWriter w = PassageIndexWriter.open(indexDir, IndexConfig.lexicalOnly(), null)) {
                w.add(meeting("team/" + generation + ".md", "text of " + generation), CONTEXT);
                commit(w, generation);
            }
        }
        assertThat(PassageIndex.commits(indexDir)).extracting(c -> c.get("generation")).containsExactly("2", "3");
        try (PassageIndex index = PassageIndex.open(indexDir, c -> "2".equals(c.get("generation")))) {
            assertThat(index.withSearcher(s -> s.getIndexReader().numDocs()).intValue()).isEqualTo(2);
        }
        // Starting from commit 2 drops commit 3: what a store whose graph commit failed does on its next update.
        try (PassageIndexWriter w = PassageIndexWriter.open(indexDir, IndexConfig.lexicalOnly(), null, c -> "2".equals(c.get("generation")))) {
            w.add(meeting("team/4.md", "text of 4"), CONTEXT);
            commit(w, "3");
        }
        assertThat(documents(indexDir)).filteredOn(d -> d.startsWith("team/")).extracting(d -> d.split(" ")[0])
                .containsExactlyInAnyOrder("team/1.md", "team/2.md", "team/4.md");
        assertThatThrownBy(() -> PassageIndex.open(indexDir, c -> "1".equals(c.get("generation"))))
                .isInstanceOf(IndexException.class).hasMessageContaining("ingest");
        assertThatThrownBy(() -> PassageIndex.open(dir.resolve("nothing"))).isInstanceOf(IndexException.class).hasMessageContaining("ingest");
    }

    /** Every document's passage id and path, in doc id order, and the number of segments. */
    static List<String> documents(Path indexDir) {
        try (PassageIndex index = PassageIndex.open(indexDir)) {
            return index.withSearcher(s -> {
                List<String> out = new ArrayList<>();
                out.add("segments: " + s.getIndexReader().leaves().size());
                var stored = s.storedFields();
                for (int doc = 0; doc < s.getIndexReader().maxDoc(); doc++) {
                    var d = stored.document(doc);
                    out.add(d.get(PassageSchema.SOURCE_PATH) + " " + d.get(PassageSchema.ID) + " " + d.get(PassageSchema.TEXT));
                }
                return out;
            });
        }
    }

    @Test
    void manyMeetingsIntoAnEmptyIndexAreWrittenInHalvesWithTheSameDocumentsInTheSameOrder(@TempDir Path dir) {
        List<Meeting> meetings = new ArrayList<>();
        for (int i = 0; i < 101; i++) {
            meetings.add(meeting("team/" + (1000 + i) + ".md", "text of meeting " + i, "more about cluster-api " + i));
        }
        try (PassageIndexWriter w = PassageIndexWriter.open(dir.resolve("halves"), IndexConfig.lexicalOnly(), null)) {
            w.addAll(meetings, CONTEXT);
            commit(w, "1");
            assertThat(w.stats().passages()).isEqualTo(202);
        }
        try (PassageIndexWriter w = PassageIndexWriter.open(dir.resolve("one"), IndexConfig.lexicalOnly(), null)) {
            meetings.forEach(m -> w.add(m, CONTEXT));
            commit(w, "1");
        }
        List<String> halves = documents(dir.resolve("halves"));
        List<String> one = documents(dir.resolve("one"));
        assertThat(halves.get(0)).isEqualTo("segments: 2");
        assertThat(one.get(0)).isEqualTo("segments: 1");
        assertThat(halves.subList(1, halves.size())).hasSize(202).isEqualTo(one.subList(1, one.size()));
        assertThat(count(dir.resolve("halves"), new TermQuery(new Term(PassageSchema.TEXT, "api")))).isEqualTo(101);
    }

    @Test
    void anIndexWithPassagesTakesManyMeetingsOneByOne(@TempDir Path dir) {
        Path indexDir = dir.resolve("index");
        List<Meeting> meetings = new ArrayList<>();
        for (int i = 0; i < 80; i++) {
            meetings.add(meeting("team/" + (1000 + i) + ".md", "text " + i));
        }
        try (PassageIndexWriter w = PassageIndexWriter.open(indexDir, IndexConfig.lexicalOnly(), null)) {
            w.add(meeting("team/first.md", "already there"), CONTEXT);
            commit(w, "1");
        }
        try (PassageIndexWriter w = PassageIndexWriter.open(indexDir, IndexConfig.lexicalOnly(), null)) {
            w.addAll(meetings, CONTEXT);
            commit(w, "2");
        }
        List<String> docs = documents(indexDir);
        assertThat(docs.get(0)).isEqualTo("segments: 2");
        assertThat(docs).hasSize(82).element(1).asString().startsWith("team/first.md");
    }
}
