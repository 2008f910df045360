package org.minutegraph.ingest.extract;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.minutegraph.ingest.model.Block;
import org.minutegraph.ingest.model.DocSection;
import org.minutegraph.ingest.model.IngestWarning;
import org.minutegraph.ingest.model.Link;
import org.minutegraph.ingest.model.MinutesDocument;

/**
 * Replaces passwords, tokens and keys in a parsed document before anything is stored or indexed.
 *
 * <p>Found: a value after a password-like key ({@code password: x}, {@code OCI_PASSWORD="x"},
 * {@code pw is x}, {@code user foo pw bar}); a random-looking value after a secret-like key
 * ({@code client_secret: ...}, {@code token = ...}); credentials in URLs
 * ({@code https://user:pass@host}); private key blocks; well-known token formats (GitHub, AWS,
 * Slack, GitLab, JWT). Code blocks are read too — that is where pasted configs leak.
 *
 * <p>Kept, to spare prose: a key without a value ("password reset flow", "the token exchange
 * spec"), placeholders ({@code "SECRET"}, {@code <token>}, {@code ${VAR}}, {@code ***}), a plain
 * word that starts a sentence ("Password: reset it monthly"), and names of secrets rather than
 * secrets ({@code managed-secret: cloud-config}).
 */
public final class SecretRedactor {

    public static final String MASK = "[REDACTED]";
    static final String REASON = "possible password/credential redacted";

    private static final String STRONG = "password|passwort|passwd|passphrase|kennwort|pwd|pw";
    private static final String WEAK = "secret|token|api[_ -]?key|access[_ -]?key|private[_ -]?key|auth[_ -]?key";
    private static final String VALUE = "(?:\"([^\"\\n]*)\"|'([^'\\n]*)'|`([^`\\n]*)`|([^\\s,;]+))";
    private static final Pattern ASSIGNMENT = Pattern.compile(
            "(?<![\\w-])[A-Za-z0-9_.-]*?(" + STRONG + "|" + WEAK + ")[\"']?"
                    + "(?:[ \\t]*(?::=|=>|[:=])[ \\t]*|[ \\t]+(?:is|ist)[ \\t]+)" + VALUE,
            Pattern.CASE_INSENSITIVE);
    private static final Pattern USER_AND_PW = Pattern.compile(
            "\\b(?:user(?:name)?|login|benutzer)(?:[ \\t]*[:=][ \\t]*|[ \\t]+)(\\S+)[ \\t]*[,;/]?[ \\t]+(?:" + STRONG + "|pass)"
                    + "(?:[ \\t]*[:=][ \\t]*|[ \\t]+)" + VALUE,
            Pattern.CASE_INSENSITIVE);
    private static final Pattern STRONG_KEY = Pattern.compile(STRONG, Pattern.CASE_INSENSITIVE);
    private static final Pattern URL_CREDENTIALS = Pattern.compile("\\b[a-z][a-z0-9+.-]*://[^\\s:/@]+:([^\\s@/]+)@",
            Pattern.CASE_INSENSITIVE);
    private static final Pattern PRIVATE_KEY = Pattern.compile(
            "-----BEGIN [A-Z0-9 ]*PRIVATE KEY(?: BLOCK)?-----[\\s\\S]*?(?:-----END [A-Z0-9 ]*PRIVATE KEY(?: BLOCK)?-----|\\z)");
    private static final Pattern TOKEN_FORMAT = Pattern.compile(
            "\\b(?:gh[pousr]_[A-Za-z0-9]{30,}|github_pat_\\w{30,}|AKIA[0-9A-Z]{16}|xox[baprs]-[A-Za-z0-9-]{10,}"
                    + "|glpat-[\\w-]{20,}|eyJ[\\w-]{8,}\\.eyJ[\\w-]{8,}\\.[\\w-]{8,})(?![\\w-])");
    private static final Pattern TOKEN_WORD = Pattern.compile("(?i)\\b(?:token|secret|api[_ -]?key)[ \\t]+([A-Za-z0-9_+/=.-]{32,})");
    private static final Pattern PLACEHOLDER = Pattern.compile(
            "(?i)x+|\\*+|\\.+|…|-+|\\?+|<.*>|\\[.*]|\\$\\{.*}|\\$\\(.*\\)|\\$[A-Za-z_]\\w*|\\{\\{.*}}|%.*%"
                    + "|secret|password|passwort|pass|pw|token|changeme|redacted|null|none|nil|empty|true|false|yes|no"
                    + "|tbd|todo|n/?a|example|placeholder|required|optional|string|hidden|your[\\w-]*|my[\\w-]*");
    private static final Set<String> PROSE_WORDS = Set.of("is", "are", "was", "were", "be", "for", "and", "or", "the", "a",
            "an", "of", "to", "in", "on", "with", "must", "should", "will", "can", "may", "needs", "need", "not", "has", "have");

    /** The document with every secret replaced, and a warning for each line that had one. */
    public Redaction redact(MinutesDocument doc) {
        Objects.requireNonNull(doc, "doc");
        Map<Integer, String> warnings = new TreeMap<>();
        List<DocSection> sections = new ArrayList<>();
        for (DocSection s : doc.sections()) {
            List<Span> headingSpans = find(s.heading());
            headingSpans.forEach(sp -> warnings.putIfAbsent(s.startLine(), sp.kind));
            List<Block> blocks = new ArrayList<>();
            for (Block b : s.blocks()) {
                List<Span> rawSpans = find(b.raw());
                for (Span sp : rawSpans) {
                    warnings.putIfAbsent(b.startLine() + lineOffset(b.raw(), sp.start), sp.kind);
                }
                List<Span> textSpans = find(b.text());
                if (rawSpans.isEmpty() && !textSpans.isEmpty()) {
                    warnings.putIfAbsent(b.startLine(), textSpans.get(0).kind);
                }
                blocks.add(textSpans.isEmpty() && rawSpans.isEmpty() && b.links().stream().allMatch(l -> clean(l))
                        ? b : redact(b, textSpans, rawSpans));
            }
            sections.add(new DocSection(s.index(), apply(s.heading(), headingSpans), s.level(), s.startLine(), s.endLine(),
                    s.parent(), blocks));
        }
        Map<String, String> front = new LinkedHashMap<>();
        doc.frontMatter().forEach((k, v) -> front.put(k, redact(v)));
        MinutesDocument copy = new MinutesDocument(doc.sourcePath(), doc.series(), redact(doc.title()), doc.date(), front,
                sections, doc.lineCount(), doc.warnings());
        List<IngestWarning> out = new ArrayList<>();
        warnings.forEach((line, kind) -> out.add(new IngestWarning(doc.sourcePath(), line, REASON + " (" + kind + ")")));
        return new Redaction(copy, out);
    }

    /** A string with every secret replaced by {@value #MASK}. */
    public String redact(String s) {
        return apply(s, find(s));
    }

    /** True when the string holds nothing that looks like a secret. */
    public boolean isClean(String s) {
        return find(s).isEmpty();
    }

    private Block redact(Block b, List<Span> textSpans, List<Span> rawSpans) {
        List<Link> links = b.links().stream().map(l -> new Link(redact(l.url()), redact(l.text()), l.line())).toList();
        return new Block(b.kind(), apply(b.text(), textSpans), applyToProse(b.prose(), textSpans), apply(b.raw(), rawSpans),
                b.startLine(), b.endLine(), b.depth(), b.parent(), b.task(), b.struckThrough(), links);
    }

    private boolean clean(Link l) {
        return isClean(l.url()) && isClean(l.text());
    }

    /** Every secret in {@code s}, as sorted, non-overlapping spans. */
    List<Span> find(String s) {
        if (s == null || s.isEmpty()) {
            return List.of();
        }
        if (s.indexOf('\n') < 0 || s.contains("-----BEGIN ")) {
            return SecretHints.mayHoldSecret(s) ? findUnfiltered(s) : List.of();
        }
        // Only a private key spans lines (handled above), so each line can be searched alone: few lines pass the pre-test.
        List<Span> spans = new ArrayList<>();
        int start = 0;
        while (start <= s.length()) {
            int end = s.indexOf('\n', start);
            if (end < 0) {
                end = s.length();
            }
            String line = s.substring(start, end);
            if (!line.isEmpty() && SecretHints.mayHoldSecret(line)) {
                for (Span sp : findUnfiltered(line)) {
                    spans.add(new Span(sp.start + start, sp.end + start, sp.kind));
                }
            }
            start = end + 1;
        }
        return spans;
    }

    /** {@link #find} without the cheap pre-test, so tests can check that the pre-test never drops a secret. */
    List<Span> findUnfiltered(String s) {
        List<Span> spans = new ArrayList<>();
        collect(PRIVATE_KEY.matcher(s), 0, "private key", spans);
        collect(TOKEN_FORMAT.matcher(s), 0, "access token", spans);
        collect(URL_CREDENTIALS.matcher(s), 1, "credentials in URL", spans);
        Matcher tw = TOKEN_WORD.matcher(s);
        while (tw.find()) {
            if (looksRandom(tw.group(1))) {
                spans.add(new Span(tw.start(1), tw.end(1), "token"));
            }
        }
        Matcher a = ASSIGNMENT.matcher(s);
        while (a.find()) {
            if (!keyStartsWord(s, a.start(1))) {
                continue;
            }
            boolean strong = STRONG_KEY.matcher(a.group(1)).matches();
            boolean viaIs = !s.substring(a.end(1), valueStart(a)).contains(":") && !s.substring(a.end(1), valueStart(a)).contains("=");
            addValue(s, a, strong, viaIs, strong ? "password" : "secret", spans);
        }
        Matcher u = USER_AND_PW.matcher(s);
        while (u.find()) {
            if (PROSE_WORDS.contains(u.group(1).toLowerCase(Locale.ROOT)) || u.group(valueGroup(u)).startsWith("(")) {
                continue; // "username and password (and a second factor)"
            }
            addValue(s, u, true, false, "password", spans);
        }
        return merge(spans);
    }

    private static void addValue(String s, Matcher m, boolean strong, boolean viaIs, String kind, List<Span> spans) {
        int g = valueGroup(m);
        String value = m.group(g).strip();
        boolean quoted = g < m.groupCount();
        if (value.isEmpty() || PLACEHOLDER.matcher(value).matches() || value.contains("://")) {
            return;
        }
        boolean lettersOnly = value.chars().allMatch(Character::isLetter);
        if (strong) {
            if (lettersOnly && !quoted && (viaIs || PROSE_WORDS.contains(value.toLowerCase(Locale.ROOT)) || sentenceGoesOn(s, m.end(g)))) {
                return; // "password is unused", "Password: reset it monthly"
            }
        } else if (!looksRandom(value)) {
            return; // "managed-secret: cloud-config" names a secret, it is not one
        }
        spans.add(new Span(m.start(g), m.end(g), kind));
    }

    private static int valueGroup(Matcher m) {
        int groups = m.groupCount();
        for (int g = groups - 3; g <= groups; g++) {
            if (m.group(g) != null) {
                return g;
            }
        }
        throw new IllegalStateException("value pattern matched without a value");
    }

    private static int valueStart(Matcher m) {
        int g = valueGroup(m);
        return g < m.groupCount() ? m.start(g) - 1 : m.start(g);
    }

    /** A keyword glued to a lower-case word ("xpw", "outtoken") is part of another word; camelCase and snake_case are keys. */
    private static boolean keyStartsWord(String s, int keyword) {
        if (keyword == 0) {
            return true;
        }
        char before = s.charAt(keyword - 1);
        return !Character.isLowerCase(before) || Character.isUpperCase(s.charAt(keyword));
    }

    private static boolean sentenceGoesOn(String s, int end) {
        int i = end;
        while (i < s.length() && (s.charAt(i) == ' ' || s.charAt(i) == '\t')) {
            i++;
        }
        return i > end && i < s.length() && Character.isLetter(s.charAt(i));
    }

    /** Long, no spaces, and a mix of character classes: a generated value rather than a word or name. */
    static boolean looksRandom(String v) {
        if (v.length() < 8 || v.chars().anyMatch(Character::isWhitespace)) {
            return false;
        }
        boolean lower = v.chars().anyMatch(Character::isLowerCase);
        boolean upper = v.chars().anyMatch(Character::isUpperCase);
        boolean digit = v.chars().anyMatch(Character::isDigit);
        int classes = (lower ? 1 : 0) + (upper ? 1 : 0) + (digit ? 1 : 0);
        return classes >= 2 && !(digit && !lower && !upper);
    }

    private static void collect(Matcher m, int group, String kind, List<Span> spans) {
        while (m.find()) {
            spans.add(new Span(m.start(group), m.end(group), kind));
        }
    }

    private static List<Span> merge(List<Span> spans) {
        List<Span> sorted = new ArrayList<>(spans);
        sorted.sort(Comparator.comparingInt(Span::start).thenComparing(Comparator.comparingInt(Span::end).reversed()));
        List<Span> out = new ArrayList<>();
        for (Span sp : sorted) {
            Span last = out.isEmpty() ? null : out.get(out.size() - 1);
            if (last != null && sp.start < last.end) {
                out.set(out.size() - 1, new Span(last.start, Math.max(last.end, sp.end), last.kind));
            } else {
                out.add(sp);
            }
        }
        return out;
    }

    private static String apply(String s, List<Span> spans) {
        if (spans.isEmpty()) {
            return s;
        }
        StringBuilder out = new StringBuilder(s.length());
        int at = 0;
        for (Span sp : spans) {
            out.append(s, at, sp.start).append(MASK);
            at = sp.end;
        }
        return out.append(s.substring(at)).toString();
    }

    /** Keeps prose aligned with the redacted text: the mask where the prose shows the secret, spaces where it was blanked. */
    private static String applyToProse(String prose, List<Span> textSpans) {
        if (textSpans.isEmpty() || prose.isEmpty()) {
            return prose;
        }
        StringBuilder out = new StringBuilder(prose.length());
        int at = 0;
        for (Span sp : textSpans) {
            int end = Math.min(sp.end, prose.length());
            int start = Math.min(sp.start, end);
            out.append(prose, at, start).append(prose.substring(start, end).isBlank() ? " ".repeat(MASK.length()) : MASK);
            at = end;
        }
        return out.append(prose.substring(at)).toString();
    }

    private static int lineOffset(String raw, int index) {
        int lines = 0;
        for (int i = 0; i < index && i < raw.length(); i++) {
            if (raw.charAt(i) == '\n') {
                lines++;
            }
        }
        return lines;
    }

    record Span(int start, int end, String kind) {
    }
}
