package org.minutegraph.ingest.parse;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.minutegraph.ingest.pipeline.Corpora;
import org.junit.jupiter.api.TestInstance;
import org.minutegraph.ingest.model.Block;
import org.minutegraph.ingest.model.BlockKind;
import org.minutegraph.ingest.model.DocSection;
import org.minutegraph.ingest.model.Link;
import org.minutegraph.ingest.model.MinutesDocument;
import org.minutegraph.ingest.source.MinutesFile;
import org.minutegraph.ingest.source.MinutesSource;
import org.minutegraph.ingest.source.SourceConfig;
import org.minutegraph.ingest.source.SourceScan;

@DisplayName("the real SCS minutes corpus (read from disk, skipped when absent)")
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class RealCorpusParseTests {

    private final Map<String, MinutesDocument> docs = new LinkedHashMap<>();
    private final List<String> failures = new ArrayList<>();
    private SourceScan scan;

    @BeforeAll
    void parseAll() {
        Path root = Corpora.real();
        scan = new MinutesSource(SourceConfig.of(root)).scan();
        MinutesParser parser = new MinutesParser();
        long start = System.nanoTime();
        for (MinutesFile f : scan.files()) {
            try {
                docs.put(f.sourcePath(), parser.parse(f));
            } catch (UnreadableMinutesException | RuntimeException e) {
                failures.add(f.sourcePath() + ": " + e);
            }
        }
        System.out.printf("parsed %d real minutes files in %d ms%n", scan.files().size(), (System.nanoTime() - start) / 1_000_000);
    }

    @Test
    void sourceFindsEveryMinutesFileButNotTheFurniture() {
        assertThat(scan.files()).hasSize(892);
        assertThat(scan.files()).extracting(MinutesFile::sourcePath)
                .doesNotContain("README.md", "LICENSE", "SOURCE.md", "community-call/template.md");
        assertThat(scan.warnings()).isEmpty();
    }

    @Test
    void everyFileParses() {
        assertThat(failures).isEmpty();
        assertThat(docs).hasSize(892);
    }

    @Test
    void everyFileHasADateExceptTheThreeThatWriteNone() {
        // These three name no full date anywhere (one says only "2022-09"); inventing one would be wrong.
        assertThat(docs.values().stream().filter(d -> d.date().isEmpty()).map(MinutesDocument::sourcePath))
                .containsExactlyInAnyOrder("hackathons/2022-09-pco-cloudmon-hackathon/minutes.md",
                        "iam/scs-federation.md", "sig-standardization/scs-certification-issuing.md");
    }

    @Test
    void techWeeklyLinksToTheContainerMinutes() {
        MinutesDocument doc = docs.get("community-call/20230223.md");
        assertThat(doc.date()).contains(LocalDate.of(2023, 2, 23));
        DocSection container = Fixtures.section(doc, "Team Container");
        assertThat(container.blocks().stream().flatMap(b -> b.links().stream()).map(Link::url))
                .contains("https://github.com/SovereignCloudStack/minutes/blob/main/container/20230220.md");
    }

    @Test
    void containerParticipantsAreThirteenListItems() {
        DocSection participants = Fixtures.section(docs.get("container/20230220.md"), "Participants (github handles preferred)");
        assertThat(participants.blocks()).hasSize(13).allMatch(b -> b.kind() == BlockKind.LIST_ITEM && b.text().startsWith("@"));
    }

    @Test
    void everyBlockLiesInsideItsSectionAndProseMatchesText() {
        for (MinutesDocument doc : docs.values()) {
            for (DocSection s : doc.sections()) {
                assertThat(s.endLine()).as(doc.sourcePath()).isLessThanOrEqualTo(doc.lineCount());
                for (Block b : s.blocks()) {
                    assertThat(b.startLine()).as(doc.sourcePath() + " " + b.text()).isBetween(s.startLine(), s.endLine());
                    if (b.kind() != BlockKind.CODE) {
                        assertThat(b.prose()).as(doc.sourcePath()).hasSameSizeAs(b.text());
                    }
                }
            }
        }
    }
}
