package org.minutegraph.ingest.source;

import java.util.Objects;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

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

    private static final Pattern GITHUB = Pattern.compile("(?:https://github\\.com/|git@github\\.com:|ssh://git@github\\.com/)"
            + "([A-Za-z0-9_.-]+)/([A-Za-z0-9_.-]+?)(?:\\.git)?/?");

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

    /**
     * Where GitHub shows the files at {@code commit} ({@code https://github.com/OWNER/REPO/blob/COMMIT/}), a
     * link that keeps pointing at the text that was ingested; empty when the repository is not on GitHub.
     */
    public Optional<String> permalinkBase(String commit) {
        Matcher m = GITHUB.matcher(location);
        return m.matches() ? Optional.of("https://github.com/" + m.group(1) + "/" + m.group(2) + "/blob/" + commit + "/") : Optional.empty();
    }

    /** A password in the URL, or any user in an HTTP(S) one (where the user is often the token itself); ssh's {@code git@} is no secret. */
    private static boolean hasUserInfo(String location) {
        if (!location.contains("://")) {
            return false; // a path, or scp-like git@host:repo
        }
        String authority = location.substring(location.indexOf("://") + 3).split("/", 2)[0];
        if (!authority.contains("@")) {
            return false;
        }
        return location.regionMatches(true, 0, "http", 0, 4) || authority.substring(0, authority.lastIndexOf('@')).contains(":");
    }

    @Override
    public String toString() {
        return location + branch.map(b -> " (branch " + b + ")").orElse("");
    }
}
