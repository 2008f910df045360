package org.minutegraph.ingest.extract;

import java.util.Collection;
import java.util.HashSet;
import java.util.Locale;
import java.util.Objects;
import java.util.Set;

/**
 * Which written handles and names are not people: group mentions ({@code @all}), organisations
 * ({@code @osism}), JSON-LD keys ({@code @type}) and placeholder words ("none", "tbd").
 *
 * @param excludedHandles handles (lower case, without '@') that never denote a person
 * @param excludedWords words (lower case) that make a written name a placeholder, not a person
 */
public record PersonFilter(Set<String> excludedHandles, Set<String> excludedWords) {

    private static final Set<String> DEFAULT_HANDLES = Set.of(
            // group mentions
            "all", "here", "channel", "everyone", "team", "group", "someone", "anyone",
            // words that follow '@' in prose and code, not people
            "todo", "type", "value", "context", "id", "org", "ai", "ps", "providedby", "mention",
            // organisations and companies seen in minutes of open-source infrastructure projects
            "scs", "sovereigncloudstack", "osba", "osism", "dnation", "plusserver", "gonicus", "syself",
            "zitadel", "wavestack", "wavecon", "wave", "hetzner", "stackxperts", "kdo", "govstack",
            "bmwi", "bmwk", "e-shelter", "daasi", "artcodix", "cah", "cloudandheat", "b1", "b1systems",
            "gaia-x", "gxfs", "github", "gitlab", "openstack", "kubernetes", "regio", "aov", "dataport",
            "pco", "teuto", "ionos", "stackit", "23tech", "secustack", "cleura", "otc");

    private static final Set<String> DEFAULT_WORDS = Set.of(
            "none", "nobody", "noone", "no-one", "n/a", "na", "tbd", "tba", "tbc", "yet", "not",
            "everyone", "everybody", "all", "someone", "somebody", "anyone", "anybody", "nothing",
            "who", "unknown", "unassigned", "open", "vacant", "missing", "we", "us", "they", "team",
            "niemand", "keiner", "alle", "offen");

    public PersonFilter {
        excludedHandles = lowerCased(excludedHandles, "excludedHandles");
        excludedWords = lowerCased(excludedWords, "excludedWords");
    }

    /** The stop lists that suit the SCS minutes and most open-source projects. */
    public static PersonFilter defaults() {
        return new PersonFilter(DEFAULT_HANDLES, DEFAULT_WORDS);
    }

    /** This filter, also rejecting the given handles (an '@' in front is ignored). */
    public PersonFilter withExcludedHandles(Collection<String> more) {
        Set<String> all = new HashSet<>(excludedHandles);
        more.forEach(h -> all.add(h.strip().replaceFirst("^@", "")));
        return new PersonFilter(all, excludedWords);
    }

    /** True when the handle (without '@') may name a person: not a stop handle, not an org/team path. */
    public boolean acceptsHandle(String handle) {
        if (handle == null || handle.isBlank() || handle.contains("/")) {
            return false;
        }
        return !excludedHandles.contains(handle.strip().replaceFirst("^@", "").toLowerCase(Locale.ROOT));
    }

    /** True when no word of the written name is a placeholder such as "none" or "tbd". */
    public boolean acceptsName(String name) {
        if (name == null || name.isBlank()) {
            return false;
        }
        for (String word : name.toLowerCase(Locale.ROOT).split("[\\s,;.!?()]+")) {
            if (excludedWords.contains(word)) {
                return false;
            }
        }
        return !excludedWords.contains(name.strip().toLowerCase(Locale.ROOT));
    }

    private static Set<String> lowerCased(Set<String> values, String what) {
        Objects.requireNonNull(values, what);
        Set<String> out = new HashSet<>();
        for (String v : values) {
            out.add(Objects.requireNonNull(v, what + " element").strip().toLowerCase(Locale.ROOT));
        }
        return Set.copyOf(out);
    }
}
