package org.minutegraph.ingest.extract;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

/**
 * Finds the tools of a {@link ToolVocabulary} in prose: every prefLabel and altLabel, whole words
 * only, longest label first.
 *
 * <p>Rules, in short. Labels of four or more chars, and labels with a digit (k8s), match in any case;
 * shorter ones (Go, OVN) only as written. Ambiguous tools (Matrix, Heat) match only as written and
 * only when one of their context terms occurs in the prose or the given context. Words in a
 * multi-word label may be joined by a space or a hyphen ("Cluster API", "Cluster-API"). A word glued
 * to other letters by {@code - _ . :} ("k8s-harbor", "harbor.io") is an identifier, not a mention,
 * except for a few English suffixes ("Keycloak-based"); a slash separates ("Harbor/Keppel").
 * Possessives and simple plurals count ("OSISM's", "CAPIs"), plurals only when capitalised: "harbors" is a verb.
 *
 * <p>Works on a trie of lower-cased words: one pass over the prose, one map lookup per word.
 */
public final class ToolMatcher {

    /** Hyphenated words after a tool name that keep it a mention ("Keycloak-based"). */
    private static final Set<String> SUFFIX_WORDS = Set.of("based", "related", "like", "specific", "native",
            "compatible", "powered", "enabled", "only", "aware", "style", "driven", "managed", "backed", "hosted");
    private static final String FLEX = " ";

    private final ToolVocabulary vocabulary;
    private final Node root = new Node();

    public ToolMatcher(ToolVocabulary vocabulary) {
        this.vocabulary = Objects.requireNonNull(vocabulary, "vocabulary");
        for (ToolConcept tool : vocabulary.tools()) {
            for (String label : new LinkedHashSet<>(tool.labels())) {
                Entry.parse(tool, label).ifPresent(this::add);
            }
        }
    }

    public ToolVocabulary vocabulary() {
        return vocabulary;
    }

    /**
     * Every tool mention in {@code prose}, in order.
     *
     * @param prose text with URLs and inline code blanked ({@code Block.prose}) or a heading
     * @param context surrounding text (the section's heading and prose) where context terms of
     *     ambiguous tools may also be found; may be empty
     */
    public List<ToolMention> mentions(String prose, String context) {
        Objects.requireNonNull(prose, "prose");
        Scan scan = new Scan(prose, context == null ? "" : context);
        List<ToolMention> out = new ArrayList<>();
        int t = 0;
        while (t < scan.count) {
            int next = matchAt(scan, t, out);
            t = next > t ? next : t + 1;
        }
        return out;
    }

    /** The IRIs of the tools mentioned in {@code prose}. */
    public Set<String> toolIris(String prose, String context) {
        Set<String> iris = new LinkedHashSet<>();
        mentions(prose, context).forEach(m -> iris.add(m.toolIri()));
        return iris;
    }

    private void add(Entry entry) {
        Node node = root;
        for (int i = 0; i < entry.words.size(); i++) {
            String key = (i == 0 ? "" : entry.seps.get(i - 1)) + entry.words.get(i).toLowerCase(Locale.ROOT);
            node = node.next.computeIfAbsent(key, k -> new Node());
        }
        node.entries.add(entry);
    }

    /** Tries the labels starting at word {@code t}; returns the word index after the accepted match, or t. */
    private int matchAt(Scan scan, int t, List<ToolMention> out) {
        List<Candidate> candidates = new ArrayList<>();
        Node node = root.next.get(scan.lower(t));
        addPlural(scan, root, "", t, t, candidates);
        int end = t;
        while (node != null) {
            for (Entry e : node.entries) {
                candidates.add(new Candidate(e, t, end, false));
            }
            if (end + 1 >= scan.count) {
                break;
            }
            String sep = scan.separator(end);
            if (sep == null) {
                break;
            }
            addPlural(scan, node, sep, t, end + 1, candidates);
            node = node.next.get(sep + scan.lower(end + 1));
            end++;
        }
        // longest first: later candidates end further right
        candidates.sort((a, b) -> Integer.compare(scan.end[b.last] - scan.start[b.first], scan.end[a.last] - scan.start[a.first]));
        Set<String> accepted = new LinkedHashSet<>();
        int acceptedLast = -1;
        for (Candidate c : candidates) {
            if (acceptedLast >= 0 && c.last != acceptedLast) {
                break; // only equally long alternatives (a label shared by two tools) join the first accepted one
            }
            if (accepts(scan, c) && accepted.add(c.entry.tool.iri())) {
                acceptedLast = c.last;
                int from = scan.start[c.first] - c.entry.prefix.length();
                int to = scan.end[c.last] + c.entry.suffix.length();
                out.add(new ToolMention(c.entry.tool.iri(), from, to - from, c.entry.label));
            }
        }
        return acceptedLast >= 0 ? acceptedLast + 1 : t;
    }

    private static void addPlural(Scan scan, Node node, String sep, int first, int t, List<Candidate> out) {
        String word = scan.lower(t);
        if (word.length() < 4 || word.charAt(word.length() - 1) != 's') {
            return;
        }
        Node n = node.next.get(sep + word.substring(0, word.length() - 1));
        if (n != null) {
            n.entries.forEach(e -> out.add(new Candidate(e, first, t, true)));
        }
    }

    private boolean accepts(Scan scan, Candidate c) {
        Entry e = c.entry;
        boolean exactCase = e.caseSensitive || e.tool.ambiguous();
        if (c.plural && (exactCase || Character.isLowerCase(scan.word(c.first).charAt(0)))) {
            // "Harbors", "CAPIs" are the tools; "harbors" in lower case is the verb or the common noun.
            return false;
        }
        int from = scan.start[c.first] - e.prefix.length();
        int to = scan.end[c.last] + e.suffix.length();
        String text = scan.text;
        if (from < 0 || to > text.length() || !text.startsWith(e.prefix, from) || !text.startsWith(e.suffix, scan.end[c.last])) {
            return false;
        }
        if (exactCase) {
            for (int i = 0; i <= c.last - c.first; i++) {
                if (!scan.word(c.first + i).equals(e.words.get(i))) {
                    return false;
                }
            }
        }
        if (!boundaryBefore(text, from) || !boundaryAfter(text, to)) {
            return false;
        }
        return !e.tool.ambiguous() || scan.hasContextTerm(e.tool.contextTerms());
    }

    private static boolean boundaryBefore(String text, int from) {
        if (from == 0) {
            return true;
        }
        char c = text.charAt(from - 1);
        if (Character.isLetterOrDigit(c) || c == '@' || c == '#' || c == '$') {
            return false;
        }
        return !(isJoiner(c) && from >= 2 && Character.isLetterOrDigit(text.charAt(from - 2)));
    }

    private static boolean boundaryAfter(String text, int to) {
        if (to >= text.length()) {
            return true;
        }
        char c = text.charAt(to);
        if (Character.isLetterOrDigit(c)) {
            return false;
        }
        if (!isJoiner(c) || to + 1 >= text.length() || !Character.isLetterOrDigit(text.charAt(to + 1))) {
            return true;
        }
        if (c != '-') {
            return false;
        }
        int e = to + 1;
        while (e < text.length() && Character.isLetter(text.charAt(e))) {
            e++;
        }
        boolean wordEnds = e >= text.length() || !isJoiner(text.charAt(e)) && !Character.isDigit(text.charAt(e));
        return wordEnds && SUFFIX_WORDS.contains(text.substring(to + 1, e).toLowerCase(Locale.ROOT));
    }

    private static boolean isJoiner(char c) {
        return c == '-' || c == '_' || c == '.' || c == ':' || c == '\\';
    }

    private static final class Node {
        final Map<String, Node> next = new HashMap<>();
        final List<Entry> entries = new ArrayList<>(1);
    }

    private record Candidate(Entry entry, int first, int last, boolean plural) {
    }

    /** One label split into words, the separators between them, and symbols around them ("C++", ".NET"). */
    private record Entry(ToolConcept tool, String label, List<String> words, List<String> seps, String prefix,
            String suffix, boolean caseSensitive) {

        static java.util.Optional<Entry> parse(ToolConcept tool, String label) {
            List<String> words = new ArrayList<>();
            List<String> seps = new ArrayList<>();
            int i = 0;
            int n = label.length();
            int firstStart = -1;
            int lastEnd = -1;
            while (i < n) {
                if (!Character.isLetterOrDigit(label.charAt(i))) {
                    i++;
                    continue;
                }
                int s = i;
                while (i < n && Character.isLetterOrDigit(label.charAt(i))) {
                    i++;
                }
                if (lastEnd >= 0) {
                    String sep = label.substring(lastEnd, s);
                    seps.add(sep.chars().allMatch(ch -> ch == ' ' || ch == '-') ? FLEX : sep);
                } else {
                    firstStart = s;
                }
                words.add(label.substring(s, i));
                lastEnd = i;
            }
            if (words.isEmpty()) {
                return java.util.Optional.empty();
            }
            boolean hasDigit = label.chars().anyMatch(Character::isDigit);
            boolean caseSensitive = label.strip().length() < 4 && !hasDigit;
            return java.util.Optional.of(new Entry(tool, label, words, seps, label.substring(0, firstStart),
                    label.substring(lastEnd), caseSensitive));
        }
    }

    /** The words of one prose string, found once. */
    private static final class Scan {
        final String text;
        final String context;
        int[] start = new int[16];
        int[] end = new int[16];
        int count;
        private final String[] lower;
        private Boolean contextLower;
        private String haystack;

        Scan(String text, String context) {
            this.text = text;
            this.context = context;
            int i = 0;
            int n = text.length();
            while (i < n) {
                if (!Character.isLetterOrDigit(text.charAt(i))) {
                    i++;
                    continue;
                }
                int s = i;
                while (i < n && Character.isLetterOrDigit(text.charAt(i))) {
                    i++;
                }
                if (count == start.length) {
                    start = java.util.Arrays.copyOf(start, count * 2);
                    end = java.util.Arrays.copyOf(end, count * 2);
                }
                start[count] = s;
                end[count++] = i;
            }
            lower = new String[count];
        }

        String word(int t) {
            return text.substring(start[t], end[t]);
        }

        String lower(int t) {
            if (lower[t] == null) {
                lower[t] = word(t).toLowerCase(Locale.ROOT);
            }
            return lower[t];
        }

        /** The separator key between word t and t+1: FLEX for one space or hyphen, else the chars, or null. */
        String separator(int t) {
            int gap = start[t + 1] - end[t];
            if (gap == 1) {
                char c = text.charAt(end[t]);
                return c == ' ' || c == '-' ? FLEX : String.valueOf(c);
            }
            return gap <= 3 ? text.substring(end[t], start[t + 1]) : null;
        }

        boolean hasContextTerm(Set<String> terms) {
            if (contextLower == null) {
                haystack = (text + "\n" + context).toLowerCase(Locale.ROOT);
                contextLower = Boolean.TRUE;
            }
            for (String term : terms) {
                int at = haystack.indexOf(term);
                while (at >= 0) {
                    int after = at + term.length();
                    boolean before = at == 0 || !Character.isLetterOrDigit(haystack.charAt(at - 1));
                    boolean afterOk = after >= haystack.length() || !Character.isLetterOrDigit(haystack.charAt(after))
                            || haystack.charAt(after) == 's' && (after + 1 >= haystack.length()
                                    || !Character.isLetterOrDigit(haystack.charAt(after + 1)));
                    if (before && afterOk) {
                        return true;
                    }
                    at = haystack.indexOf(term, at + 1);
                }
            }
            return false;
        }
    }
}
