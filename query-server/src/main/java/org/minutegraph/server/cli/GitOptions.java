package org.minutegraph.server.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.Optional;

import org.minutegraph.ingest.source.GitCheckout;
import org.minutegraph.ingest.source.GitRemote;
import org.minutegraph.ingest.source.GitSync;
import org.minutegraph.ingest.store.StoreLayout;
import picocli.CommandLine.Option;

/** Where {@code ingest} and {@code serve} read the minutes from: {@code --minutes DIR} or {@code --git URL|PATH}. */
final class GitOptions {

    /** The environment variable a private repository's token is read from; never an option, so it stays out of shell history. */
    static final String TOKEN_VARIABLE = "MINUTEGRAPH_GIT_TOKEN";

    @Option(names = "--minutes", paramLabel = "DIR", description = "The minutes folder (or git work tree).")
    Path minutes;

    @Option(names = "--git", paramLabel = "URL|PATH",
            description = "Read the minutes from this git repository (URL, work tree or bare repository), cloned into the store and"
                    + " fetched on every run; a private one's token is read from $" + TOKEN_VARIABLE + ".")
    String git;

    @Option(names = "--branch", paramLabel = "NAME", description = "With --git: the branch to follow. Default: the repository's default branch.")
    String branch;

    boolean given() {
        return minutes != null || git != null;
    }

    /** The clone of {@code --git} in the store, empty with {@code --minutes}; refuses both or (when {@code required}) neither. */
    Optional<GitCheckout> checkout(StoreLayout layout, boolean required) {
        if (minutes != null && git != null) {
            throw new IllegalArgumentException("Give --minutes DIR or --git URL|PATH, not both");
        }
        if (required && !given()) {
            throw new IllegalArgumentException("Give the minutes: --minutes DIR or --git URL|PATH");
        }
        if (branch != null && git == null) {
            throw new IllegalArgumentException("--branch needs --git URL|PATH");
        }
        if (git == null) {
            return Optional.empty();
        }
        GitRemote remote = new GitRemote(git, Optional.ofNullable(branch), Optional.ofNullable(System.getenv(TOKEN_VARIABLE)));
        return Optional.of(new GitCheckout(remote, layout.gitCheckout()));
    }

    /** Moves the checkout to the branch head and says so in one line; a rewritten branch is a warning. */
    static GitSync sync(GitCheckout checkout, PrintWriter out) {
        GitSync sync = checkout.sync();
        out.printf("git: %s%s%n", sync.range(), sync.changed() ? "" : " (no new commit)");
        if (sync.rewritten()) {
            out.printf("warning: the branch was rewritten (force push): %s is no longer in its history; every file is read again%n",
                    sync.previous().orElseThrow());
        }
        out.flush();
        return sync;
    }

    /** The folder to ingest: {@code --minutes}, or the work tree of the checkout after a {@link #sync}. */
    Path folder(Optional<GitSync> sync) {
        return sync.map(GitSync::workTree).orElse(minutes);
    }
}
