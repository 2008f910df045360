package org.minutegraph.server.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

import org.eclipse.jgit.api.Git;
import org.eclipse.jgit.api.ResetCommand.ResetType;
import org.eclipse.jgit.lib.PersonIdent;
import org.eclipse.jgit.revwalk.RevCommit;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.minutegraph.server.TestStores;
import org.minutegraph.server.cli.CliTests.Run;

/**
 * {@code ingest --git} on repositories the tests build: after every kind of commit the store is the
 * one a fresh ingest of the same files gives (same digest of graph and index).
 */
class GitIngestTests {

    @TempDir
    Path tmp;

    private Path origin() {
        return tmp.resolve("origin");
    }

    private static RevCommit commit(Git git, String message) throws Exception {
        git.add().addFilepattern(".").call();
        git.add().addFilepattern(".").setUpdate(true).call(); // deletions
        PersonIdent who = new PersonIdent("Test Person", "test@example.org");
        return git.commit().setMessage(message).setAuthor(who).setCommitter(who).setSign(false).setAllowEmpty(true).call();
    }

    private static void copyTree(Path from, Path to, java.util.function.Predicate<Path> which) throws IOException {
        try (Stream<Path> files = Files.walk(from)) {
            for (Path f : files.filter(Files::isRegularFile).filter(which).toList()) {
                Path target = to.resolve(from.relativize(f).toString());
                Files.createDirectories(target.getParent());
                Files.copy(f, target);
            }
        }
    }

    private Run ingestGit(String store) {
        return CliTests.run("ingest", "--git", origin().toString(), "--store", tmp.resolve(store).toString(), "--no-embeddings");
    }

    /** The digest of the --git store next to that of a fresh ingest of the origin's files at its head. */
    private void assertSameAsFresh(String store, String fresh) throws IOException {
        Path copy = tmp.resolve(fresh + "-files");
        copyTree(origin(), copy, p -> !origin().relativize(p).startsWith(".git"));
        Run f = CliTests.run("ingest", "--minutes", copy.toString(), "--store", tmp.resolve(fresh).toString(), "--no-embeddings");
        assertThat(f.exit()).as(f.err()).isZero();
        Run a = CliTests.run("digest", "--store", tmp.resolve(store).toString());
        Run b = CliTests.run("digest", "--store", tmp.resolve(fresh).toString());
        assertThat(a.out()).as("digest of the --git store").isEqualTo(b.out()).doesNotStartWith("refused").doesNotStartWith("invalid");
    }

    private int meetings(String store) {
        Run r = CliTests.run("sparql", "--store", tmp.resolve(store).toString(), "--format", "csv",
                "PREFIX mg: <https://w3id.org/minutegraph#> SELECT (COUNT(?m) AS ?n) WHERE { ?m a mg:Meeting }");
        assertThat(r.exit()).as(r.err()).isZero();
        return Integer.parseInt(r.out().lines().skip(1).findFirst().orElseThrow().strip());
    }

    @Test
    @DisplayName("add, change, rename, delete, a broken file, an empty commit and a force push each give the store a fresh ingest gives")
    void everyKindOfCommit() throws Exception {
        try (Git git = Git.init().setDirectory(origin().toFile()).setInitialBranch("main").call()) {
            copyTree(TestStores.repo().resolve("data"), origin(), p -> true);
            RevCommit first = commit(git, "the sample minutes");
            Run r = ingestGit("store");
            assertThat(r.exit()).as(r.err()).isZero();
            assertThat(r.out()).contains("git: " + first.getName().substring(0, 7), "33 files, 33 meetings");
            assertThat(Files.isDirectory(tmp.resolve("store/git/.git"))).isTrue();

            r = ingestGit("store");
            assertThat(r.out()).contains("(no new commit)", "store unchanged");

            Path changed = origin().resolve("container/20240115.md");
            Files.writeString(changed, Files.readString(changed) + "\n## Late addition\n\nHarbor mirrors were discussed again.\n");
            Files.move(origin().resolve("container/20240212.md"), origin().resolve("container/2024-02-12.md"));
            Files.delete(origin().resolve("container/20240415.md"));
            Files.write(origin().resolve("container/20240501.md"), new byte[] {0, 1, 2, (byte) 0xff, 0});
            RevCommit second = commit(git, "change, rename, delete, and a broken file");
            r = ingestGit("store");
            assertThat(r.exit()).as(r.err()).isZero();
            assertThat(r.out()).contains("git: " + first.getName().substring(0, 7) + ".." + second.getName().substring(0, 7),
                    "container/20240501.md");
            assertThat(meetings("store")).isEqualTo(32);
            assertSameAsFresh("store", "fresh-2");

            commit(git, "nothing");
            r = ingestGit("store");
            assertThat(r.out()).contains("store unchanged");

            git.reset().setMode(ResetType.HARD).setRef(first.getName()).call();
            Files.delete(origin().resolve("iaas/20240612.md"));
            commit(git, "history rewritten");
            r = ingestGit("store");
            assertThat(r.exit()).as(r.err()).isZero();
            assertThat(r.out()).contains("warning: the branch was rewritten");
            assertThat(meetings("store")).isEqualTo(32);
            assertSameAsFresh("store", "fresh-3");
        }
    }

    @Test
    @DisplayName("--minutes and --git together, or --branch without --git, are refused with what to give")
    void refusals() {
        Run both = CliTests.run("ingest", "--minutes", "x", "--git", "y", "--store", tmp.resolve("s").toString());
        assertThat(both.exit()).isNotZero();
        assertThat(both.err()).contains("not both");
        Run neither = CliTests.run("ingest", "--store", tmp.resolve("s").toString());
        assertThat(neither.err()).contains("--minutes DIR or --git URL|PATH");
        Run branch = CliTests.run("ingest", "--minutes", "x", "--branch", "main", "--store", tmp.resolve("s").toString());
        assertThat(branch.err()).contains("--branch needs --git");
    }

    @Test
    @DisplayName("the real corpus committed in three steps ends as a fresh ingest of it")
    void realCorpusInCommits() throws Exception {
        Path corpus = TestStores.repo().resolve("../shared/corpus/scs-minutes").normalize();
        assumeTrue(Files.isDirectory(corpus), "the real corpus is not at " + corpus + ": skipped");
        List<String> years = List.of("2022", "2023");
        try (Git git = Git.init().setDirectory(origin().toFile()).setInitialBranch("main").call()) {
            for (String year : years) {
                copyTree(corpus, origin(), p -> !corpus.relativize(p).startsWith(".git") && p.getFileName().toString().startsWith(year)
                        && !Files.exists(origin().resolve(corpus.relativize(p).toString())));
                commit(git, "minutes of " + year);
                assertThat(ingestGit("store").exit()).isZero();
            }
            copyTree(corpus, origin(), p -> !corpus.relativize(p).startsWith(".git")
                    && !Files.exists(origin().resolve(corpus.relativize(p).toString())));
            commit(git, "the rest");
            Run r = ingestGit("store");
            assertThat(r.exit()).as(r.err()).isZero();
            assertSameAsFresh("store", "fresh");
        }
    }

}
