package org.minutegraph.ingest.source;

import java.io.IOException;
import java.nio.file.Path;
import java.util.Objects;
import java.util.Optional;
import org.eclipse.jgit.lib.ObjectId;
import org.eclipse.jgit.lib.Repository;
import org.eclipse.jgit.storage.file.FileRepositoryBuilder;

/**
 * A minutes folder that may be a git clone: scanned like {@link MinutesSource} (from the working
 * tree), and when the folder is the top of a git work tree, the scan records its HEAD commit id so
 * every ingested file can be traced to a revision. Parent folders are not searched, so a corpus
 * copied inside some other repository is not mistaken for part of it.
 */
public final class GitMinutesSource {

    private final MinutesSource files;

    public GitMinutesSource(SourceConfig config) {
        this.files = new MinutesSource(config);
    }

    public SourceScan scan() {
        SourceScan scan = files.scan();
        return new SourceScan(scan.root(), scan.files(), scan.warnings(), headCommit(scan.root()));
    }

    /** The HEAD commit id of the repository whose work tree is {@code folder}; empty when none, or no commit yet. */
    public static Optional<String> headCommit(Path folder) {
        Objects.requireNonNull(folder, "folder");
        if (!java.nio.file.Files.exists(folder.resolve(".git"))) {
            return Optional.empty(); // not a work tree's top (a folder or a file for worktrees): JGit need not load
        }
        FileRepositoryBuilder builder = new FileRepositoryBuilder();
        Path parent = folder.toAbsolutePath().getParent();
        if (parent != null) {
            builder.addCeilingDirectory(parent.toFile());
        }
        builder.findGitDir(folder.toFile());
        if (builder.getGitDir() == null) {
            return Optional.empty();
        }
        try (Repository repository = builder.setMustExist(true).build()) {
            ObjectId head = repository.resolve("HEAD^{commit}");
            return Optional.ofNullable(head).map(ObjectId::getName);
        } catch (IOException | RuntimeException e) {
            throw new MinutesSourceException("cannot read git repository at " + builder.getGitDir() + ": " + e.getMessage(), e);
        }
    }
}
