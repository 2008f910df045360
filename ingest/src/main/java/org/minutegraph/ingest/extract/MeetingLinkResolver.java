package org.minutegraph.ingest.extract;

import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * Maps a link to the source path of another meeting in the corpus, if it points to one: an
 * absolute URL under one of the minutes' base URLs, or a link relative to the current file.
 * Only paths of files that exist in the corpus resolve; anchors ({@code #L10}) and queries are dropped.
 */
public final class MeetingLinkResolver {

    private final List<String> baseUrls;
    private final Set<String> knownPaths;

    /**
     * @param baseUrls URL prefixes that stand for the corpus root, each ending in '/'
     * @param knownPaths the source paths of the corpus ({@code container/20230220.md})
     */
    public MeetingLinkResolver(List<String> baseUrls, Set<String> knownPaths) {
        this.baseUrls = baseUrls.stream().map(u -> {
            Objects.requireNonNull(u, "base URL");
            return u.endsWith("/") ? u : u + "/";
        }).toList();
        this.knownPaths = Set.copyOf(knownPaths);
    }

    /**
     * A resolver for minutes kept in a GitHub repository: the blob, tree, blame and raw URLs of
     * {@code branch} all stand for the corpus root.
     */
    public static MeetingLinkResolver forGitHub(String owner, String repository, String branch, Set<String> knownPaths) {
        String repo = owner + "/" + repository;
        return new MeetingLinkResolver(List.of(
                "https://github.com/" + repo + "/blob/" + branch + "/",
                "https://github.com/" + repo + "/tree/" + branch + "/",
                "https://github.com/" + repo + "/blame/" + branch + "/",
                "https://github.com/" + repo + "/raw/" + branch + "/",
                "https://raw.githubusercontent.com/" + repo + "/" + branch + "/",
                "https://raw.githubusercontent.com/" + repo + "/refs/heads/" + branch + "/"), knownPaths);
    }

    /**
     * The source path a link points to.
     *
     * @param url the link target as written
     * @param fromSourcePath the source path of the file the link is in, for relative links
     */
    public Optional<String> resolve(String url, String fromSourcePath) {
        Objects.requireNonNull(url, "url");
        Objects.requireNonNull(fromSourcePath, "fromSourcePath");
        String target = stripAnchor(url.strip());
        if (target.isEmpty()) {
            return Optional.empty();
        }
        String lower = target.toLowerCase(Locale.ROOT);
        for (String base : baseUrls) {
            if (lower.startsWith(base.toLowerCase(Locale.ROOT))) {
                return known(normalise(decode(target.substring(base.length()))));
            }
        }
        if (lower.matches("^[a-z][a-z0-9+.-]*:.*") || target.startsWith("//")) {
            return Optional.empty(); // another site, mailto:, etc.
        }
        String path = decode(target);
        if (!path.startsWith("/")) {
            int slash = fromSourcePath.lastIndexOf('/');
            path = (slash >= 0 ? fromSourcePath.substring(0, slash + 1) : "") + path;
        }
        return known(normalise(path));
    }

    private Optional<String> known(Optional<String> path) {
        return path.flatMap(p -> knownPaths.contains(p) ? Optional.of(p)
                : knownPaths.contains(p + ".md") ? Optional.of(p + ".md") : Optional.empty());
    }

    private static String stripAnchor(String url) {
        int cut = url.length();
        int hash = url.indexOf('#');
        int query = url.indexOf('?');
        if (hash >= 0) {
            cut = Math.min(cut, hash);
        }
        if (query >= 0) {
            cut = Math.min(cut, query);
        }
        return url.substring(0, cut);
    }

    private static String decode(String path) {
        try {
            return URLDecoder.decode(path.replace("+", "%2B"), StandardCharsets.UTF_8);
        } catch (IllegalArgumentException e) {
            return path; // a stray '%' in a hand-written link: take it as written
        }
    }

    /** Resolves "." and ".." segments; empty when ".." climbs above the corpus root. */
    private static Optional<String> normalise(String path) {
        Deque<String> parts = new ArrayDeque<>();
        for (String segment : path.split("/")) {
            if (segment.isEmpty() || segment.equals(".")) {
                continue;
            }
            if (segment.equals("..")) {
                if (parts.isEmpty()) {
                    return Optional.empty();
                }
                parts.removeLast();
            } else {
                parts.addLast(segment);
            }
        }
        return parts.isEmpty() ? Optional.empty() : Optional.of(String.join("/", parts));
    }
}
