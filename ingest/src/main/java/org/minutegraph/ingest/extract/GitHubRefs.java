package org.minutegraph.ingest.extract;

import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * How to read short GitHub references in one corpus.
 *
 * @param defaultOwner the owner a bare {@code repo#N} belongs to ("SovereignCloudStack")
 * @param knownOwners owners an {@code owner/repo#N} may name; empty accepts any owner. Their
 *     spelling here is the canonical one ({@code sovereigncloudstack} in a URL becomes
 *     {@code SovereignCloudStack})
 * @param knownRepositories repositories of the default owner a bare {@code repo#N} may name, with
 *     their canonical spelling; empty accepts any name but the words in {@link #NOT_REPOSITORIES}
 * @param repositoryAliases short names used for repositories of the default owner, lower case key
 *     ("k8s-capi" → "k8s-cluster-api-provider")
 * @param ownerAliases short names used for owners, lower case key ("scs" → "SovereignCloudStack")
 */
public record GitHubRefs(String defaultOwner, Set<String> knownOwners, Set<String> knownRepositories,
        Map<String, String> repositoryAliases, Map<String, String> ownerAliases) {

    /** Words written before "#N" that are not repository names ("PR#12", "issue#3"). */
    public static final Set<String> NOT_REPOSITORIES = Set.of("pr", "prs", "mr", "issue", "isssue", "ticket", "bug",
            "story", "epic", "item", "top", "step", "no", "nr", "number", "hack", "hackathon", "view", "comment",
            "line", "slide", "page", "task", "point", "ref", "see", "and", "or", "in", "at", "fix", "fixes", "closes");

    public GitHubRefs {
        Objects.requireNonNull(defaultOwner, "defaultOwner");
        if (!defaultOwner.matches("[A-Za-z0-9][\\w.-]*")) {
            throw new IllegalArgumentException("defaultOwner must be a GitHub user or organisation name: " + defaultOwner);
        }
        knownOwners = Set.copyOf(knownOwners);
        knownRepositories = Set.copyOf(knownRepositories);
        repositoryAliases = lowerKeys(repositoryAliases);
        ownerAliases = lowerKeys(ownerAliases);
    }

    /** Any repository of {@code defaultOwner}, any owner, no aliases. */
    public static GitHubRefs of(String defaultOwner) {
        return new GitHubRefs(defaultOwner, Set.of(), Set.of(), Map.of(), Map.of());
    }

    public GitHubRefs withKnownOwners(Set<String> owners) {
        return new GitHubRefs(defaultOwner, owners, knownRepositories, repositoryAliases, ownerAliases);
    }

    public GitHubRefs withKnownRepositories(Set<String> repositories) {
        return new GitHubRefs(defaultOwner, knownOwners, repositories, repositoryAliases, ownerAliases);
    }

    public GitHubRefs withRepositoryAlias(String alias, String repository) {
        Map<String, String> m = new HashMap<>(repositoryAliases);
        m.put(alias, repository);
        return new GitHubRefs(defaultOwner, knownOwners, knownRepositories, m, ownerAliases);
    }

    public GitHubRefs withOwnerAlias(String alias, String owner) {
        Map<String, String> m = new HashMap<>(ownerAliases);
        m.put(alias, owner);
        return new GitHubRefs(defaultOwner, knownOwners, knownRepositories, repositoryAliases, m);
    }

    /** The canonical spelling of an owner as written in a URL or short form; empty if it is not accepted. */
    Optional<String> owner(String written, boolean fromUrl) {
        String lower = written.toLowerCase(Locale.ROOT);
        if (ownerAliases.containsKey(lower)) {
            return Optional.of(ownerAliases.get(lower));
        }
        if (defaultOwner.equalsIgnoreCase(written)) {
            return Optional.of(defaultOwner);
        }
        Optional<String> known = knownOwners.stream().filter(o -> o.equalsIgnoreCase(written)).findFirst();
        if (known.isPresent() || fromUrl || knownOwners.isEmpty()) {
            return Optional.of(known.orElse(written));
        }
        return Optional.empty();
    }

    /** The canonical name of a repository of {@code owner}; a bare short form must pass the known-name checks. */
    Optional<String> repository(String owner, String written, boolean bare) {
        String lower = written.toLowerCase(Locale.ROOT);
        if (lower.endsWith(".git")) {
            return repository(owner, written.substring(0, written.length() - 4), bare);
        }
        boolean ofDefault = owner.equals(defaultOwner);
        if (ofDefault && repositoryAliases.containsKey(lower)) {
            return Optional.of(repositoryAliases.get(lower));
        }
        Optional<String> known = ofDefault
                ? knownRepositories.stream().filter(r -> r.equalsIgnoreCase(written)).findFirst()
                : Optional.empty();
        if (!bare) {
            return Optional.of(known.orElse(written));
        }
        if (NOT_REPOSITORIES.contains(lower) || !knownRepositories.isEmpty() && known.isEmpty()) {
            return Optional.empty();
        }
        return Optional.of(known.orElse(written));
    }

    private static Map<String, String> lowerKeys(Map<String, String> map) {
        Map<String, String> out = new HashMap<>();
        map.forEach((k, v) -> out.put(k.toLowerCase(Locale.ROOT), Objects.requireNonNull(v, "alias target")));
        return Map.copyOf(out);
    }
}
