package org.minutegraph.ingest.source;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import java.util.stream.Stream;
import org.eclipse.jgit.api.Git;
import org.eclipse.jgit.api.ResetCommand.ResetType;
import org.eclipse.jgit.lib.PersonIdent;
import org.eclipse.jgit.revwalk.RevCommit;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class GitCheckoutTests {

    private static final String TOKEN = "ghp_notARealTokenButLongEnough0123456789";

    @TempDir
    Path dir;

    private Path origin() {
        return dir.resolve("origin");
    }

    private Git init() throws Exception {
        return Git.init().setDirectory(origin().toFile()).setInitialBranch("main").call();
    }

    private RevCommit commit(Git git, String message, String rel, String text) throws Exception {
        if (rel != null) {
            Path p = origin().resolve(rel);
            Files.createDirectories(p.getParent());
            Files.writeString(p, text, StandardCharsets.UTF_8);
            git.add().addFilepattern(rel).call();
        }
        PersonIdent who = new PersonIdent("Test Person", "test@example.org");
        return git.commit().setMessage(message).setAuthor(who).setCommitter(who).setSign(false).setAllowEmpty(true).call();
    }

    private GitCheckout checkout(Optional<String> branch) {
        return new GitCheckout(new GitRemote(origin().toString(), branch, Optional.of(TOKEN)), dir.resolve("store/git"));
    }

    @Test
    @DisplayName("clones a local repository, then follows its new commits")
    void clonesThenFetches() throws Exception {
        try (Git git = init()) {
            RevCommit first = commit(git, "first", "team/20240101.md", "# one\n");
            GitSync cloned = checkout(Optional.empty()).sync();
            assertThat(cloned.previous()).isEmpty();
            assertThat(cloned.head()).isEqualTo(first.getName());
            assertThat(cloned.workTree().resolve("team/20240101.md")).hasContent("# one");

            RevCommit second = commit(git, "second", "team/20240108.md", "# two\n");
            GitSync fetched = checkout(Optional.empty()).sync();
            assertThat(fetched.previous()).contains(first.getName());
            assertThat(fetched.head()).isEqualTo(second.getName());
            assertThat(fetched.rewritten()).isFalse();
            assertThat(fetched.filesChanged()).isEqualTo(1);
            assertThat(fetched.workTree().resolve("team/20240108.md")).exists();

            GitSync again = checkout(Optional.empty()).sync();
            assertThat(again.changed()).isFalse();
            assertThat(again.filesChanged()).isZero();
        }
    }

    @Test
    @DisplayName("a force-pushed branch is reported as rewritten and checked out as pushed")
    void forcePushIsRewritten() throws Exception {
        try (Git git = init()) {
            RevCommit first = commit(git, "first", "team/20240101.md", "# one\n");
            commit(git, "second", "team/20240108.md", "# two\n");
            checkout(Optional.empty()).sync();
            git.reset().setMode(ResetType.HARD).setRef(first.getName()).call();
            RevCommit other = commit(git, "instead", "team/20240115.md", "# three\n");
            GitSync sync = checkout(Optional.empty()).sync();
            assertThat(sync.rewritten()).isTrue();
            assertThat(sync.head()).isEqualTo(other.getName());
            assertThat(sync.workTree().resolve("team/20240108.md")).doesNotExist();
            assertThat(sync.workTree().resolve("team/20240115.md")).exists();
        }
    }

    @Test
    @DisplayName("a bare repository and a named branch work; another branch replaces the clone")
    void bareRepositoryAndBranch() throws Exception {
        try (Git git = init()) {
            commit(git, "first", "team/20240101.md", "# one\n");
            git.branchCreate().setName("archive").call();
            git.checkout().setName("archive").call();
            RevCommit archived = commit(git, "archived", "old/20200101.md", "# old\n");
            Path bare = dir.resolve("bare.git");
            Git.cloneRepository().setURI(origin().toString()).setDirectory(bare.toFile()).setBare(true).setCloneAllBranches(true)
                    .call().close();
            Path cache = dir.resolve("store/git");
            GitSync main = new GitCheckout(new GitRemote(bare.toString(), Optional.of("main"), Optional.empty()), cache).sync();
            assertThat(main.workTree().resolve("old/20200101.md")).doesNotExist();
            GitSync archive = new GitCheckout(new GitRemote(bare.toString(), Optional.of("archive"), Optional.empty()), cache).sync();
            assertThat(archive.head()).isEqualTo(archived.getName());
            assertThat(archive.previous()).isEmpty();
            assertThat(archive.workTree().resolve("old/20200101.md")).exists();
        }
    }

    @Test
    @DisplayName("the token is written to no file of the clone")
    void tokenIsNotStored() throws Exception {
        try (Git git = init()) {
            commit(git, "first", "team/20240101.md", "# one\n");
            checkout(Optional.empty()).sync();
            commit(git, "second", "team/20240108.md", "# two\n");
            checkout(Optional.empty()).sync();
            try (Stream<Path> files = Files.walk(dir.resolve("store"))) {
                for (Path f : files.filter(Files::isRegularFile).toList()) {
                    assertThat(new String(Files.readAllBytes(f), StandardCharsets.ISO_8859_1)).as(f.toString()).doesNotContain(TOKEN);
                }
            }
        }
    }

    @Test
    @DisplayName("a GitHub remote gives permalinks at the commit; another host none")
    void permalinks() {
        String id = "0123456789abcdef0123456789abcdef01234567";
        assertThat(new GitRemote("https://github.com/SovereignCloudStack/minutes.git", Optional.empty(), Optional.empty()).permalinkBase(id))
                .contains("https://github.com/SovereignCloudStack/minutes/blob/" + id + "/");
        assertThat(new GitRemote("git@github.com:o/r", Optional.empty(), Optional.empty()).permalinkBase(id))
                .contains("https://github.com/o/r/blob/" + id + "/");
        assertThat(new GitRemote("ssh://git@github.com/o/r.git", Optional.empty(), Optional.empty()).permalinkBase(id))
                .contains("https://github.com/o/r/blob/" + id + "/");
        assertThat(new GitRemote("https://gitlab.com/o/r.git", Optional.empty(), Optional.empty()).permalinkBase(id)).isEmpty();
    }

    @Test
    @DisplayName("a URL with credentials in it, an unknown branch and a missing repository are refused with what to do")
    void refusals() throws Exception {
        assertThatThrownBy(() -> new GitRemote("https://me:" + TOKEN + "@github.com/o/r.git", Optional.empty(), Optional.empty()))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("MINUTEGRAPH_GIT_TOKEN").hasMessageNotContaining(TOKEN);
        try (Git git = init()) {
            commit(git, "first", "team/20240101.md", "# one\n");
            assertThatThrownBy(() -> checkout(Optional.of("nope")).sync()).isInstanceOf(MinutesSourceException.class)
                    .hasMessageContaining("nope").hasMessageNotContaining(TOKEN);
        }
        GitCheckout missing = new GitCheckout(new GitRemote(dir.resolve("absent").toString(), Optional.empty(), Optional.empty()),
                dir.resolve("store2/git"));
        assertThatThrownBy(missing::sync).isInstanceOf(MinutesSourceException.class).hasMessageContaining("absent");
    }

}
