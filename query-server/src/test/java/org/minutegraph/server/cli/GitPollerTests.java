package org.minutegraph.server.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Optional;

import org.eclipse.jgit.api.Git;
import org.eclipse.jgit.lib.PersonIdent;
import org.eclipse.jgit.revwalk.RevCommit;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.minutegraph.ingest.pipeline.IngestConfig;
import org.minutegraph.ingest.pipeline.IngestListener;
import org.minutegraph.ingest.pipeline.Ingestor;
import org.minutegraph.ingest.source.GitCheckout;
import org.minutegraph.ingest.source.GitRemote;
import org.minutegraph.ingest.source.GitSync;

class GitPollerTests {

    @TempDir
    Path tmp;

    private static RevCommit commit(Git git, Path origin, String rel, String text) throws Exception {
        Path p = origin.resolve(rel);
        Files.createDirectories(p.getParent());
        Files.writeString(p, text);
        git.add().addFilepattern(rel).call();
        PersonIdent who = new PersonIdent("Test Person", "test@example.org");
        return git.commit().setMessage("minutes " + rel).setAuthor(who).setCommitter(who).setSign(false).call();
    }

    @Test
    @DisplayName("a new commit is fetched at the next poll, logged with its range, and re-ingested by the watcher")
    void appliesNewCommits() throws Exception {
        Path origin = tmp.resolve("origin");
        try (Git git = Git.init().setDirectory(origin.toFile()).setInitialBranch("main").call()) {
            RevCommit first = commit(git, origin, "team/20240101.md", "# Team\n\n## Participants\n\n* @alice\n");
            GitCheckout checkout = new GitCheckout(new GitRemote(origin.toString(), Optional.empty(), Optional.empty()),
                    tmp.resolve("store/git"));
            GitSync sync = checkout.sync();
            IngestConfig config = IngestConfig.of(sync.workTree(), tmp.resolve("store")).withEmbeddings(false);
            new Ingestor(config, IngestListener.SILENT).run();

            StringWriter log = new StringWriter();
            PrintWriter out = new PrintWriter(log, true);
            try (MinutesWatcher watcher = MinutesWatcher.start(config, wait -> Optional.empty(), () -> { }, out, 40);
                    GitPoller poller = GitPoller.start(checkout, Duration.ofSeconds(1), out)) {
                RevCommit second = commit(git, origin, "team/20240108.md", "# Team\n\n## Participants\n\n* @bob\n");
                MinutesWatcherTests.awaitLine(log, "re-ingested after a change");
                assertThat(log.toString()).contains("git " + first.getName().substring(0, 7) + ".." + second.getName().substring(0, 7)
                        + ", 1 files changed", "1 written, 0 removed");
            }
        }
    }
}
