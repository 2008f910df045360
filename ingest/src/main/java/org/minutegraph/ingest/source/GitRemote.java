package org.minutegraph.ingest.source;

import java.net.URI;
import java.util.Objects;
import java.util.Optional;

/**
 * A git repository to read minutes from: a URL ({@code https://…}, {@code ssh://…}) or a local path
 * to a work tree or a bare repository.
 *
 * <p>The token, for a private repository, is held in memory only: it is never part of the URL (a
 * URL with a user or password in it is refused, since git would keep it in the clone's config) and
 * {@link #toString()} leaves it out.
 *
 * @param location the URL or path as the user gave it
 * @param branch the branch to follow; empty for the repository's default branch
 * @param token an access token sent as the password of HTTPS requests; empty for none
 */
public record GitRemote(String location, Optional<String> branch, Optional<String> token) {

    public GitRemote {
        Objects.requireNonNull(location, "location");
        Objects.requireNonNull(branch, "branch");
        Objects.requireNonNull(token, "token");
        if (location.isBlank()) {
            throw new IllegalArgumentException("--git needs a repository URL or path");
        }
        if (hasUserInfo(location)) {
            throw new IllegalArgumentException("The git URL carries a user or password; git would keep it in the clone."
                    + " Give the URL without it and the token in the environment variable MINUTEGRAPH_GIT_TOKEN.");
        }
        branch = branch.filter(b -> !b.isBlank());
        token = token.filter(t -> !t.isBlank());
    }

    /** The branch's full ref name on the remote, e.g. {@code refs/heads/main}. */
    Optional<String> branchRef() {
        return branch.map(b -> b.startsWith("refs/") ? b : "refs/heads/" + b);
    }

    private static boolean hasUserInfo(String location) {
        if (!location.contains("://")) {
            return false; // a path, or scp-like git@host:repo whose user is no secret
        }
        try {
            return URI.create(location).getRawUserInfo() != null;
        } catch (IllegalArgumentException notAUri) {
            return location.substring(location.indexOf("://") + 3).split("/", 2)[0].contains("@");
        }
    }

    @Override
    public String toString() {
        return location + branch.map(b -> " (branch " + b + ")").orElse("");
    }
}
