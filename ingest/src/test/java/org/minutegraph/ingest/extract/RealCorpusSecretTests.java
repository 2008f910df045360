package org.minutegraph.ingest.extract;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.minutegraph.ingest.pipeline.Corpora;
import org.minutegraph.ingest.model.Block;
import org.minutegraph.ingest.model.BlockKind;
import org.minutegraph.ingest.model.DocSection;
import org.minutegraph.ingest.model.IngestWarning;
import org.minutegraph.ingest.model.TaskState;

/** The one credential known to be in the SCS minutes is caught; reads the corpus from disk, skips without it. */
class RealCorpusSecretTests {

    private static final String FILE = "hackathons/2023-03-05-gx-hackathon-6/minutes.md";

    @Test
    void pastedApplicationCredentialIsRedacted() throws IOException {
        Path file = Corpora.real().resolve(FILE);
        List<String> lines = Files.readAllLines(file);
        // each line as its own block is enough here: the redactor reads raw and text line by line
        List<Block> blocks = new ArrayList<>();
        for (int i = 0; i < lines.size(); i++) {
            String l = lines.get(i);
            if (!l.isBlank()) {
                blocks.add(new Block(BlockKind.CODE, l, "", l, i + 1, i + 1, 0, -1, TaskState.NONE, false, List.of()));
            }
        }
        var doc = TextFixtures.document(FILE, new DocSection(0, "", 0, 1, lines.size(), -1, blocks));

        Redaction r = new SecretRedactor().redact(doc);

        assertThat(r.warnings()).extracting(IngestWarning::line).containsExactly(135);
        String secretLine = lines.get(134);
        String secret = secretLine.substring(secretLine.indexOf('"') + 1, secretLine.lastIndexOf('"'));
        assertThat(r.document().toString()).doesNotContain(secret);
        assertThat(r.warnings().get(0).toString()).doesNotContain(secret);
    }

    @Test
    @DisplayName("in the markdown of every file (what pages show), only that line is redacted: no false positives")
    void noOtherLineIsRedacted() throws IOException {
        Path corpus = Corpora.real();
        SecretRedactor redactor = new SecretRedactor();
        List<String> redacted = new ArrayList<>();
        List<Path> files;
        try (Stream<Path> walk = Files.walk(corpus)) {
            files = walk.filter(p -> p.toString().endsWith(".md")).sorted().toList();
        }
        for (Path p : files) {
            String text = Files.readString(p);
            String[] before = text.split("\n", -1);
            String[] after = redactor.redact(text).split("\n", -1);
            assertThat(after).as("line count of " + p).hasSameSizeAs(before);
            for (int i = 0; i < before.length; i++) {
                if (!before[i].equals(after[i])) {
                    redacted.add(corpus.relativize(p) + ":" + (i + 1) + ": " + after[i]);
                }
            }
        }
        assertThat(files).hasSizeGreaterThan(800);
        assertThat(redacted).singleElement().asString().startsWith(FILE + ":135:");
    }
}
