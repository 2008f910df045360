package org.minutegraph.ingest.extract;

import java.util.LinkedHashSet;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.minutegraph.ingest.model.Block;
import org.minutegraph.ingest.model.BlockKind;
import org.minutegraph.ingest.model.DocSection;
import org.minutegraph.ingest.model.Link;

/**
 * Finds GitHub issues and pull requests a block refers to and names each by its canonical IRI,
 * {@code https://github.com/OWNER/REPO/issues/N} or {@code .../pull/N}.
 *
 * <p>Read: full URLs (query and fragment dropped, {@code /pull/N/files} is the pull request) and
 * the short forms {@code repo#N}, {@code repo/#N}, {@code owner/repo#N}, {@code owner/repo/#N}.
 * A short form cannot tell an issue from a pull request; it becomes an {@code issues/N} IRI, which
 * GitHub redirects to {@code pull/N} when N is a pull request — so one pull request written both
 * ways yields two IRIs. A bare {@code #N} names no repository and is ignored. When a link's text is
 * a short form and its URL a GitHub reference, the URL wins. Code blocks and inline code are not read.
 */
public final class ReferenceExtractor {

    private static final Pattern GITHUB_URL = Pattern.compile(
            "https?://(?:www\\.)?github\\.com/([A-Za-z0-9][\\w.-]*)/([\\w.-]+)/(issues|pull|pulls)/(\\d+)(?![\\d\\w])",
            Pattern.CASE_INSENSITIVE);
    private static final Pattern SHORT_FORM = Pattern.compile(
            "(?<![\\w./#@-])(?:([A-Za-z0-9][\\w.-]*)/)?([A-Za-z0-9][\\w.-]*?)/?#(\\d+)(?![\\w#])");
    private static final Pattern ANY_URL = Pattern.compile("\\b(?:https?://|www\\.)\\S+");

    private final GitHubRefs config;

    public ReferenceExtractor(GitHubRefs config) {
        this.config = Objects.requireNonNull(config, "config");
    }

    /** The issue or pull request a URL points to, if it points to one. */
    public Optional<String> fromUrl(String url) {
        Objects.requireNonNull(url, "url");
        Matcher m = GITHUB_URL.matcher(url.strip());
        return m.lookingAt() ? canonical(m.group(1), m.group(2), m.group(3), m.group(4), true) : Optional.empty();
    }

    /** Everything one block refers to: its links, URLs in its text and short forms in its prose. */
    public Set<String> fromBlock(Block block) {
        Objects.requireNonNull(block, "block");
        Set<String> out = new LinkedHashSet<>();
        if (block.kind() == BlockKind.CODE) {
            return out;
        }
        StringBuilder prose = new StringBuilder(block.prose());
        int searchFrom = 0;
        for (Link link : block.links()) {
            Optional<String> ref = fromUrl(link.url());
            ref.ifPresent(out::add);
            if (ref.isPresent() && !link.text().isBlank()) {
                // the link text says the same thing as its URL: don't read it a second time
                int at = prose.indexOf(link.text(), searchFrom);
                if (at < 0) {
                    at = prose.indexOf(link.text());
                }
                if (at >= 0) {
                    blank(prose, at, at + link.text().length());
                    searchFrom = at + link.text().length();
                }
            }
        }
        Matcher urls = GITHUB_URL.matcher(block.text());
        while (urls.find()) {
            canonical(urls.group(1), urls.group(2), urls.group(3), urls.group(4), true).ifPresent(out::add);
        }
        out.addAll(shortForms(prose));
        return out;
    }

    /** What a heading or other plain text refers to: GitHub URLs, then short forms outside any URL. */
    public Set<String> fromText(String text) {
        Objects.requireNonNull(text, "text");
        Set<String> out = new LinkedHashSet<>();
        StringBuilder rest = new StringBuilder(text);
        Matcher urls = ANY_URL.matcher(text);
        while (urls.find()) {
            fromUrl(urls.group()).ifPresent(out::add);
            blank(rest, urls.start(), urls.end());
        }
        out.addAll(shortForms(rest));
        return out;
    }

    /** Everything a section refers to: its heading and all its blocks. */
    public Set<String> fromSection(DocSection section) {
        Set<String> out = new LinkedHashSet<>(fromText(section.heading()));
        section.blocks().forEach(b -> out.addAll(fromBlock(b)));
        return out;
    }

    private Set<String> shortForms(CharSequence prose) {
        Set<String> out = new LinkedHashSet<>();
        if (!contains(prose, '#')) {
            return out; // a short form needs a '#'
        }
        Matcher m = SHORT_FORM.matcher(prose);
        while (m.find()) {
            String owner = m.group(1);
            if (owner == null) {
                config.repository(config.defaultOwner(), m.group(2), true)
                        .flatMap(repo -> iri(config.defaultOwner(), repo, "issues", m.group(3)))
                        .ifPresent(out::add);
            } else {
                canonical(owner, m.group(2), "issues", m.group(3), false).ifPresent(out::add);
            }
        }
        return out;
    }

    private Optional<String> canonical(String owner, String repo, String kind, String number, boolean fromUrl) {
        return config.owner(owner, fromUrl)
                .flatMap(o -> config.repository(o, repo, false).flatMap(r -> iri(o, r, kind, number)));
    }

    private static Optional<String> iri(String owner, String repo, String kind, String number) {
        String digits = number.replaceFirst("^0+(?=\\d)", "");
        if (digits.length() > 9 || digits.equals("0")) {
            return Optional.empty();
        }
        String path = kind.toLowerCase(java.util.Locale.ROOT).startsWith("pull") ? "pull" : "issues";
        return Optional.of("https://github.com/" + owner + "/" + repo + "/" + path + "/" + digits);
    }

    private static void blank(StringBuilder s, int from, int to) {
        for (int i = from; i < to; i++) {
            if (s.charAt(i) != '\n') {
                s.setCharAt(i, ' ');
            }
        }
    }

    private static boolean contains(CharSequence s, char c) {
        for (int i = 0; i < s.length(); i++) {
            if (s.charAt(i) == c) {
                return true;
            }
        }
        return false;
    }
}
