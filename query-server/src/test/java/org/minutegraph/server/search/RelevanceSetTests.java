package org.minutegraph.server.search;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.minutegraph.server.TestStores;

class RelevanceSetTests {

    private static final RelevanceSet.Query TWO_MEETINGS = RelevanceSet.parse(
            "keyword\ttuned\tq\ta.md:1-2=2;b.md:3-4=1;c.md:1-1=0\tread it\n").queries().get(0);

    @Test
    @DisplayName("a ranking with the grade-2 meeting first and the grade-1 meeting third scores what graded nDCG says")
    void gradedNdcgOfAKnownRanking() {
        RelevanceSuite.Result r = RelevanceSuite.score(TWO_MEETINGS, List.of("a.md", "a.md", "b.md", "c.md"));
        double ideal = 3 + 1 / (Math.log(3) / Math.log(2));
        assertThat(r.ndcg()).isCloseTo((3 + 1 / 2.0) / ideal, within(1e-9));
        assertThat(r.recall()).isEqualTo(1.0);
        assertThat(r.reciprocalRank()).isEqualTo(1.0);
    }

    @Test
    @DisplayName("a meeting counts once, and a grade-0 meeting is no hit: only c.md and repeats of nothing score zero")
    void repeatsAndGradeZeroScoreNothing() {
        RelevanceSuite.Result r = RelevanceSuite.score(TWO_MEETINGS, List.of("c.md", "x.md", "b.md", "b.md"));
        assertThat(r.recall()).isEqualTo(0.5);
        assertThat(r.reciprocalRank()).isEqualTo(1 / 3.0);
        assertThat(RelevanceSuite.score(TWO_MEETINGS, List.of("c.md", "x.md")).missed()).isTrue();
    }

    @Test
    @DisplayName("a judgement that is not PATH:START-END=GRADE is refused with its line")
    void malformedJudgementIsRefused() {
        assertThatThrownBy(() -> RelevanceSet.parse("# c\nkeyword\ttuned\tq\ta.md=2\thow\n")).hasMessageContaining("line 2");
    }

    @Test
    @DisplayName("the set has at least 120 queries of four kinds, about a third of each kind held out, and a gate")
    void theSetHasItsShape() {
        RelevanceSet set = RelevanceSet.load();
        assertThat(set.queries()).hasSizeGreaterThanOrEqualTo(120);
        Map<RelevanceSet.Kind, List<RelevanceSet.Query>> byKind = set.queries().stream().collect(Collectors.groupingBy(RelevanceSet.Query::kind));
        assertThat(byKind).containsOnlyKeys(RelevanceSet.Kind.values());
        byKind.forEach((kind, qs) -> assertThat(qs.stream().filter(RelevanceSet.Query::heldOut).count()).as(kind.name()).isGreaterThanOrEqualTo(qs.size() / 6));
        long heldOut = set.queries().stream().filter(RelevanceSet.Query::heldOut).count();
        assertThat(heldOut).isBetween((long) set.queries().size() / 4, (long) set.queries().size() / 2);
        assertThat(set.queries()).allSatisfy(q -> assertThat(q.gradeByMeeting().values()).contains(2));
        assertThat(set.keywordGate(false).recall()).isPositive();
        assertThat(set.keywordGate(true).ndcg()).isPositive();
    }

    @Test
    @DisplayName("every judged section lies in its file of the real corpus (skipped without ../shared)")
    void judgementsPointIntoTheCorpus() throws IOException {
        Path corpus = TestStores.repo().resolve("../shared/corpus/scs-minutes").normalize();
        Assumptions.assumeTrue(Files.isDirectory(corpus), "Skipped: the real corpus is not at " + corpus);
        for (RelevanceSet.Query q : RelevanceSet.load().queries()) {
            for (RelevanceSet.Judgement j : q.judgements()) {
                Path file = corpus.resolve(j.sourcePath());
                assertThat(file).as(q.text()).isRegularFile();
                assertThat(Files.readAllLines(file).size()).as(q.text() + " " + j).isGreaterThanOrEqualTo(j.endLine());
            }
        }
    }
}
