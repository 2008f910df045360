package org.minutegraph.ingest.source;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.stream.Stream;
import org.eclipse.jgit.api.CloneCommand;
import org.eclipse.jgit.api.Git;
import org.eclipse.jgit.api.ResetCommand.ResetType;
import org.eclipse.jgit.api.TransportCommand;
import org.eclipse.jgit.api.errors.GitAPIException;
import org.eclipse.jgit.diff.DiffFormatter;
import org.eclipse.jgit.lib.ObjectId;
import org.eclipse.jgit.lib.Repository;
import org.eclipse.jgit.revwalk.RevWalk;
import org.eclipse.jgit.transport.UsernamePasswordCredentialsProvider;
import org.eclipse.jgit.util.io.DisabledOutputStream;

/**
 * A clone of a {@link GitRemote} kept in a folder of its own (in the store directory): the first
 * {@link #sync()} clones the branch, every later one fetches it and moves the work tree to its head,
 * so the folder can be ingested like any minutes folder and git's diff decides which files changed.
 *
 * <p>A clone of another repository or branch than asked is replaced. The token goes to JGit's
 * transport only: the clone's config holds the URL without credentials.
 */
public final class GitCheckout {

    /** The user name sent with a token: GitHub and GitLab read the token as the password and accept any user. */
    private static final String TOKEN_USER = "x-access-token";

    private final GitRemote remote;
    private final Path dir;

    public GitCheckout(GitRemote remote, Path dir) {
        this.remote = Objects.requireNonNull(remote, "remote");
        this.dir = Objects.requireNonNull(dir, "dir").toAbsolutePath().normalize();
    }

    public GitRemote remote() {
        return remote;
    }

    /** The folder holding the work tree. */
    public Path workTree() {
        return dir;
    }

    /** Clones or fetches the branch and checks out its head. */
    public GitSync sync() {
        try {
            if (Files.isDirectory(dir.resolve(".git"))) {
                try (Git git = Git.open(dir.toFile())) {
                    if (followsRemote(git.getRepository())) {
                        return update(git);
                    }
                }
                delete(dir); // a clone of something else: start over
            } else if (Files.exists(dir)) {
                delete(dir); // what an interrupted clone left
            }
            return cloneNew();
        } catch (GitAPIException | IOException | RuntimeException e) {
            if (e instanceof MinutesSourceException mse) {
                throw mse;
            }
            throw new MinutesSourceException("Cannot read the git repository " + remote + " into " + dir + ": " + e.getMessage()
                    + (remote.token().isEmpty() ? " (for a private repository, set MINUTEGRAPH_GIT_TOKEN)" : ""), e);
        }
    }

    private boolean followsRemote(Repository repository) throws IOException {
        String origin = repository.getConfig().getString("remote", "origin", "url");
        String branch = shortName(repository);
        return uri().equals(origin) && remote.branch().map(branch::equals).orElse(true);
    }

    private GitSync cloneNew() throws GitAPIException, IOException {
        Files.createDirectories(dir.getParent());
        CloneCommand clone = authenticated(Git.cloneRepository().setURI(uri()).setDirectory(dir.toFile()));
        remote.branchRef().ifPresent(ref -> clone.setBranch(ref).setBranchesToClone(List.of(ref)));
        try (Git git = clone.call()) {
            ObjectId head = head(git.getRepository());
            return new GitSync(dir, Optional.empty(), head.getName(), false, filesChanged(git.getRepository(), null, head));
        }
    }

    private GitSync update(Git git) throws GitAPIException, IOException {
        Repository repository = git.getRepository();
        ObjectId before = repository.resolve("HEAD^{commit}");
        String branch = shortName(repository);
        authenticated(git.fetch().setRemote("origin").setRemoveDeletedRefs(true)).call();
        ObjectId after = repository.resolve("refs/remotes/origin/" + branch + "^{commit}");
        if (after == null) {
            throw new MinutesSourceException("The branch " + branch + " is gone from " + remote.location()
                    + "; give another with --branch");
        }
        git.reset().setMode(ResetType.HARD).setRef(after.getName()).call();
        boolean rewritten = before != null && !isAncestor(repository, before, after);
        return new GitSync(dir, Optional.ofNullable(before).map(ObjectId::getName), after.getName(), rewritten,
                before == null ? 0 : filesChanged(repository, before, after));
    }

    private ObjectId head(Repository repository) throws IOException {
        ObjectId head = repository.resolve("HEAD^{commit}");
        if (head == null) {
            throw new MinutesSourceException("The git repository " + remote + " has no commit on that branch"
                    + (remote.branch().isPresent() ? " (is the --branch name right?)" : ""));
        }
        return head;
    }

    private static boolean isAncestor(Repository repository, ObjectId ancestor, ObjectId head) throws IOException {
        try (RevWalk walk = new RevWalk(repository)) {
            return walk.isMergedInto(walk.parseCommit(ancestor), walk.parseCommit(head));
        }
    }

    /** Files added, changed, renamed or deleted between two commits (all files of {@code to} when {@code from} is null). */
    private static int filesChanged(Repository repository, ObjectId from, ObjectId to) throws IOException {
        try (DiffFormatter diff = new DiffFormatter(DisabledOutputStream.INSTANCE)) {
            diff.setRepository(repository);
            diff.setDetectRenames(true);
            return diff.scan(from, to).size();
        }
    }

    private static String shortName(Repository repository) throws IOException {
        return Repository.shortenRefName(repository.getFullBranch());
    }

    private <C extends TransportCommand<C, ?>> C authenticated(C command) {
        remote.token().ifPresent(t -> command.setCredentialsProvider(new UsernamePasswordCredentialsProvider(TOKEN_USER, t)));
        return command;
    }

    /** The location as JGit takes it: a local path made absolute, so the clone's origin compares stably. */
    private String uri() {
        String location = remote.location();
        if (location.contains("://") || location.matches("[^/]+@[^/:]+:.*")) {
            return location;
        }
        return Path.of(location).toAbsolutePath().normalize().toString();
    }

    private static void delete(Path tree) throws IOException {
        try (Stream<Path> paths = Files.walk(tree)) {
            for (Path p : paths.sorted(Comparator.reverseOrder()).toList()) {
                Files.delete(p);
            }
        }
    }
}
