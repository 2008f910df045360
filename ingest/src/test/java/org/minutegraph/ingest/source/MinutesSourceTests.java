package org.minutegraph.ingest.source;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.RandomAccessFile;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.eclipse.jgit.api.Git;
import org.eclipse.jgit.lib.PersonIdent;
import org.eclipse.jgit.revwalk.RevCommit;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.minutegraph.ingest.model.IngestWarning;

class MinutesSourceTests {

    @TempDir
    Path dir;

    private void write(String rel, String text) throws IOException {
        Path p = dir.resolve(rel);
        Files.createDirectories(p.getParent());
        Files.writeString(p, text, StandardCharsets.UTF_8);
    }

    @Test
    void excludesFurnitureAndKeepsMinutesInSortedOrder() throws IOException {
        Path corpus = dir;
        for (String rel : new String[] {"zeta/20240102.md", "alpha/20240101.md", "alpha/notes.markdown", "README.md",
                "LICENSE", "alpha/template.md", "alpha/meeting-template-v2.md", "_drafts/20240101.md", ".git/x.md",
                "alpha/image.png", "alpha/Readme.md", "CONTRIBUTING.md"}) {
            write(rel, "# x\n");
        }
        SourceScan scan = new MinutesSource(SourceConfig.of(corpus)).scan();
        assertThat(scan.files()).extracting(MinutesFile::sourcePath)
                .containsExactly("alpha/20240101.md", "alpha/Readme.md", "alpha/notes.markdown", "zeta/20240102.md");
        assertThat(scan.commit()).isEmpty();
    }

    @Test
    void seriesIsTheFirstFolderOrTheRootNameAndNeverADate() throws IOException {
        Path root = dir.resolve("Team Minutes");
        Files.createDirectories(root);
        for (String rel : new String[] {"20240101.md", "ops/2024/20240105.md", "2024/2024-03-05/notes.md", "meetings/2024-03-05/minutes.md"}) {
            Path p = root.resolve(rel);
            Files.createDirectories(p.getParent());
            Files.writeString(p, "# x\n");
        }
        SourceScan scan = new MinutesSource(SourceConfig.of(root)).scan();
        assertThat(scan.files()).extracting(f -> f.sourcePath() + "=" + f.series()).containsExactly(
                "2024/2024-03-05/notes.md=team-minutes", "20240101.md=team-minutes",
                "meetings/2024-03-05/minutes.md=meetings", "ops/2024/20240105.md=ops");
    }

    @Test
    void oversizedFileIsReportedAndSkipped() throws IOException {
        write("a/20240101.md", "# ok\n");
        Path big = dir.resolve("a/20240102.md");
        try (RandomAccessFile f = new RandomAccessFile(big.toFile(), "rw")) {
            f.setLength(10L * 1024 * 1024); // sparse: ten megabytes without writing them
        }
        SourceScan scan = new MinutesSource(SourceConfig.of(dir)).scan();
        assertThat(scan.files()).extracting(MinutesFile::sourcePath).containsExactly("a/20240101.md");
        assertThat(scan.warnings()).singleElement().satisfies(w -> {
            assertThat(w.sourcePath()).isEqualTo("a/20240102.md");
            assertThat(w.reason()).contains("10485760 bytes").contains("limit");
        });
    }

    @Test
    void pathWithAControlCharacterIsReportedAndSkipped() throws IOException {
        write("a/20240101.md", "# ok\n");
        write("b\u001fc/20240102.md", "# unit separator in the folder name\n");
        write("a/2024\t0103.md", "# tab in the file name\n");
        SourceScan scan = new MinutesSource(SourceConfig.of(dir)).scan();
        assertThat(scan.files()).extracting(MinutesFile::sourcePath).containsExactly("a/20240101.md");
        assertThat(scan.warnings()).extracting(IngestWarning::sourcePath).containsExactly("a/2024\t0103.md", "b\u001fc/20240102.md");
        assertThat(scan.warnings()).allSatisfy(w -> assertThat(w.reason()).contains("control character").contains("rename"));
    }

    @Test
    void hashesAreStableAndFollowContent() throws IOException {
        write("a/20240101.md", "# same\n");
        write("b/20240101.md", "# same\n");
        write("c/20240101.md", "# other\n");
        var first = new MinutesSource(SourceConfig.of(dir)).scan().files();
        var second = new MinutesSource(SourceConfig.of(dir)).scan().files();
        assertThat(first).extracting(MinutesFile::contentHash).isEqualTo(second.stream().map(MinutesFile::contentHash).toList());
        assertThat(first.get(0).contentHash()).isEqualTo(first.get(1).contentHash()).isNotEqualTo(first.get(2).contentHash())
                .isEqualTo(MinutesSource.sha256("# same\n".getBytes(StandardCharsets.UTF_8))).hasSize(64);
    }

    @Test
    void symlinkLoopIsReportedNotFollowedForever() throws IOException {
        write("a/20240101.md", "# x\n");
        Files.createSymbolicLink(dir.resolve("a/loop"), dir.resolve("a"));
        SourceScan scan = new MinutesSource(SourceConfig.of(dir)).scan();
        assertThat(scan.files()).extracting(MinutesFile::sourcePath).containsExactly("a/20240101.md");
        assertThat(scan.warnings()).extracting(IngestWarning::reason).allMatch(r -> r.contains("loop"));
    }

    @Test
    @DisplayName("links that stay inside are read, links out of the folder or to nothing are reported and never read")
    void symbolicLinksStayInside() throws IOException {
        write("a/20240101.md", "# inside\n");
        Path outside = Files.createDirectories(dir.resolve("outside"));
        Files.writeString(outside.resolve("20240102.md"), "# outside\n");
        Path root = dir.resolve("minutes");
        Files.createDirectories(root);
        Files.move(dir.resolve("a"), root.resolve("a"));
        Files.createSymbolicLink(root.resolve("b"), root.resolve("a"));
        Files.createSymbolicLink(root.resolve("out"), outside);
        Files.createSymbolicLink(root.resolve("a/20240103.md"), outside.resolve("20240102.md"));
        Files.createSymbolicLink(root.resolve("a/20240104.md"), root.resolve("a/gone.md"));

        SourceScan scan = new MinutesSource(SourceConfig.of(root)).scan();

        assertThat(scan.files()).extracting(MinutesFile::sourcePath).containsExactly("a/20240101.md", "b/20240101.md");
        assertThat(scan.files()).allSatisfy(f -> assertThat(new String(f.content(), StandardCharsets.UTF_8)).isEqualTo("# inside\n"));
        assertThat(scan.warnings()).extracting(w -> w.sourcePath() + ": " + w.reason()).satisfiesExactlyInAnyOrder(
                w -> assertThat(w).startsWith("a/20240103.md: skipped, symbolic link to " + outside.toRealPath()).contains("outside"),
                w -> assertThat(w).startsWith("a/20240104.md: skipped, symbolic link to nothing"),
                w -> assertThat(w).startsWith("b/20240103.md: skipped, symbolic link to " + outside.toRealPath()),
                w -> assertThat(w).startsWith("b/20240104.md: skipped, symbolic link to nothing"),
                w -> assertThat(w).startsWith("out: skipped, symbolic link to " + outside.toRealPath()));
    }

    @Test
    void missingRootIsASpecificError() {
        assertThatThrownBy(() -> new MinutesSource(SourceConfig.of(dir.resolve("nope"))).scan())
                .isInstanceOf(MinutesSourceException.class).hasMessageContaining("not found");
    }

    @Test
    void gitSourceRecordsHeadCommit() throws Exception {
        write("team/20240101.md", "# x\n");
        try (Git git = Git.init().setDirectory(dir.toFile()).setInitialBranch("main").call()) {
            git.add().addFilepattern(".").call();
            PersonIdent who = new PersonIdent("Test Person", "test@example.org");
            RevCommit commit = git.commit().setMessage("minutes").setAuthor(who).setCommitter(who).setSign(false).call();
            SourceScan scan = new GitMinutesSource(SourceConfig.of(dir)).scan();
            assertThat(scan.commit()).contains(commit.getName());
            assertThat(scan.files()).extracting(MinutesFile::sourcePath).containsExactly("team/20240101.md");
        }
    }

    @Test
    void gitSourceWithoutRepositoryHasNoCommit() throws IOException {
        write("team/20240101.md", "# x\n");
        assertThat(new GitMinutesSource(SourceConfig.of(dir)).scan().commit()).isEmpty();
    }
}
