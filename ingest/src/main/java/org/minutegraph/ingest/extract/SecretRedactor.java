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
import org.minutegraph.ingest.model.BlockKind;
import org.minutegraph.ingest.model.DocSection;
import org.minutegraph.ingest.model.IngestWarning;
import org.minutegraph.ingest.model.Link;
import org.minutegraph.ingest.model.MinutesDocument;

/**
 * Replaces passwords, tokens and keys in a parsed document before anything is stored or indexed.
 *
 * <p>Found by shape ({@link TokenFormat#KNOWN}, one row per format): private key blocks,
 * credentials in URLs ({@code https://user:pass@host}), GitHub, GitLab, AWS, Slack (tokens and
 * webhooks), Google, Stripe, npm, PyPI, OpenAI-style and Azure (connection strings, storage keys,
 * SAS signatures) tokens, JWTs. Found by context: a value after a password-like key
 * ({@code password: x}, {@code OCI_PASSWORD="x"}, {@code pw is x}, {@code user foo pw bar}), also
 * across a few words when the value looks like a password ({@code the root password for the
 * staging db is Xy7!kq9}); a random-looking value after a secret-like key ({@code client_secret: ...},
 * {@code token = ...}); the cells of a table column headed password, pw, secret or token
 * ({@link SecretColumns}). Code blocks are read too — that is where pasted configs leak.
 *
 * <p>Kept, to spare prose: a key without a value ("password reset flow", "the token exchange
 * spec"), placeholders ({@code "SECRET"}, {@code <token>}, {@code ${VAR}}, {@code ***}), a plain
 * word after the key ("Password: reset it monthly", "the password is in the vault"), and names
 * of secrets rather than secrets ({@code managed-secret: cloud-config}). A mask keeps the lines
 * of what it replaces, so line numbers stay true.
 */
public final class SecretRedactor {

    public static final String MASK = "[REDACTED]";
    static final String REASON = "possible password/credential redacted";

    private static final String STRONG = "password|passwort|passwd|passphrase|kennwort|pwd|pw";
    private static final String WEAK = "secret|token|api[_ -]?key|access[_ -]?key|private[_ -]?key|auth[_ -]?key"
            + "|account[_ -]?key|storage[_ -]?key";
    /** "pass" is a password only before a value that looks like one ("pass: Xy7!kq9", not "pass: yes"). */
    private static final String PASS = "pass";
    private static final String VALUE = "(?:\"([^\"\\n]*)\"|'([^'\\n]*)'|`([^`\\n]*)`|([^\\s,;]+))";
    /** Words between the key and its value, led by a preposition: "password for the staging db is ...". */
    private static final String PHRASE = "((?:[ \\t]+(?:for|of|on|to|at|in|f\u00fcr|von|auf|zum|zur)(?:[ \\t]+[^\\s:=]+){1,5}?)?)";
    private static final Pattern ASSIGNMENT = Pattern.compile(
            "(?<![\\w-])[A-Za-z0-9_.-]*?(" + STRONG + "|" + WEAK + "|" + PASS + ")[\"']?(?:\\*\\*|__)?" + PHRASE
                    + "(?:[ \\t]*(?::=|=>|[:=])[ \\t]*|[ \\t]+(?:is|ist|was|lautet)[ \\t]+)" + VALUE,
            Pattern.CASE_INSENSITIVE);
    private static final Pattern USER_AND_PW = Pattern.compile(
            "\\b(?:user(?:name)?|login|benutzer)(?:[ \\t]*[:=][ \\t]*|[ \\t]+)([^\\s|]+)[ \\t]*[,;/]?[ \\t]+(?:" + STRONG + "|pass)"
                    + "(?:[ \\t]*[:=][ \\t]*|[ \\t]+)" + VALUE,
            Pattern.CASE_INSENSITIVE);
    private static final Pattern STRONG_KEY = Pattern.compile(STRONG, Pattern.CASE_INSENSITIVE);
    private static final Pattern TOKEN_WORD = Pattern.compile(
            "(?i)\\b(?:token|secret|api[_ -]?key|account[_ -]?key|storage[_ -]?key)[ \\t]+([A-Za-z0-9_+/=.-]{32,})");
    private static final Pattern PLACEHOLDER = Pattern.compile(
            "(?i)x+|\\*+|\\.+|…|-+|\\?+|\\|+|<.*>|\\[.*]|\\$\\{.*}|\\$\\(.*\\)|\\$[A-Za-z_]\\w*|\\{\\{.*}}|%.*%"
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
            SecretColumns columns = SecretColumns.NONE;
            int nextRowLine = -1;
            for (Block b : s.blocks()) {
                List<Span> rawSpans = find(b.raw());
                List<Span> textSpans = find(b.text());
                if (b.kind() == BlockKind.TABLE_ROW) {
                    // A row right under the previous one (or two under the header, past its separator) continues the table.
                    if (b.startLine() == nextRowLine && columns.any()) {
                        rawSpans = merge(concat(rawSpans, columns.inMarkdownRow(b.raw())));
                        textSpans = merge(concat(textSpans, columns.inTextRow(b.text(), b.raw())));
                        nextRowLine = b.startLine() + 1;
                    } else if (b.startLine() != nextRowLine) {
                        columns = SecretColumns.ofHeader(b.raw());
                        nextRowLine = b.startLine() + 2;
                    } else {
                        nextRowLine = b.startLine() + 1;
                    }
                }
                for (Span sp : rawSpans) {
                    warnings.putIfAbsent(b.startLine() + lineOffset(b.raw(), sp.start), sp.kind);
                }
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
        // A link inside a redacted stretch of text (a table cell, say) is part of the secret.
        List<String> secrets = textSpans.stream().map(sp -> b.text().substring(sp.start, sp.end)).toList();
        List<Link> links = b.links().stream()
                .map(l -> secrets.stream().anyMatch(x -> !l.text().isEmpty() && x.contains(l.text()) || x.contains(l.url()))
                        ? new Link(MASK, MASK, l.line()) : new Link(redact(l.url()), redact(l.text()), l.line()))
                .toList();
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
        if (s.indexOf('\n') < 0) {
            return SecretHints.mayHoldSecret(s) ? findUnfiltered(s) : List.of();
        }
        List<Span> spans = new ArrayList<>();
        if (s.contains("-----BEGIN ")) {
            spans.addAll(findUnfiltered(s));
        } else {
            // Only a private key spans lines (handled above), so each line can be searched alone: few lines pass the pre-test.
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
        }
        spans.addAll(SecretColumns.inMarkdown(s));
        return merge(spans);
    }

    /** {@link #find} without the cheap pre-test (and without tables), so tests can check that the pre-test never drops a secret. */
    List<Span> findUnfiltered(String s) {
        List<Span> spans = new ArrayList<>();
        for (TokenFormat f : TokenFormat.KNOWN) {
            Matcher m = f.pattern().matcher(s);
            while (m.find()) {
                if (f.plausible().test(m.group(f.group()))) {
                    spans.add(new Span(m.start(f.group()), m.end(f.group()), f.kind()));
                }
            }
        }
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
            String key = a.group(1);
            Strength strength = STRONG_KEY.matcher(key).matches() ? Strength.STRONG
                    : key.equalsIgnoreCase(PASS) ? Strength.PASS : Strength.WEAK;
            String operator = s.substring(a.end(2), valueStart(a));
            boolean viaIs = !operator.contains(":") && !operator.contains("=");
            boolean phrase = !a.group(2).isEmpty();
            addValue(s, a, phrase && strength == Strength.STRONG ? Strength.PASS : strength, viaIs,
                    strength == Strength.WEAK ? "secret" : "password", spans);
        }
        Matcher u = USER_AND_PW.matcher(s);
        while (u.find()) {
            if (PROSE_WORDS.contains(u.group(1).toLowerCase(Locale.ROOT)) || u.group(valueGroup(u)).startsWith("(")) {
                continue; // "username and password (and a second factor)"
            }
            addValue(s, u, Strength.STRONG, false, "password", spans);
        }
        return merge(spans);
    }

    /**
     * How much a key tells about the value after it: a password key says it is one unless it is a
     * plain word; "pass", or a password key some words away, only when it looks like a password;
     * a secret-like key only when it looks generated.
     */
    private enum Strength { STRONG, PASS, WEAK }

    private static void addValue(String s, Matcher m, Strength strength, boolean viaIs, String kind, List<Span> spans) {
        int g = valueGroup(m);
        String value = m.group(g).strip();
        boolean quoted = g < m.groupCount();
        if (value.isEmpty() || isPlaceholder(value) || value.contains("://")) {
            return;
        }
        boolean lettersOnly = value.chars().allMatch(Character::isLetter);
        boolean secret = switch (strength) {
            // "password is unused", "Password: reset it monthly"
            case STRONG -> !(lettersOnly && !quoted
                    && (viaIs || PROSE_WORDS.contains(value.toLowerCase(Locale.ROOT)) || sentenceGoesOn(s, m.end(g))));
            // "pass: yes", "the password for the VM is in the vault"
            case PASS -> looksLikePassword(value) || quoted && !lettersOnly;
            // "managed-secret: cloud-config" names a secret, it is not one
            case WEAK -> looksRandom(value);
        };
        if (secret) {
            spans.add(new Span(m.start(g), m.end(g), kind));
        }
    }

    /** True for values that stand for a secret rather than being one: "***", "{@code <token>}", "${VAR}", "changeme". */
    static boolean isPlaceholder(String value) {
        return PLACEHOLDER.matcher(value).matches();
    }

    /** Six or more characters, no blanks, letters with digits or punctuation: "Xy7!kq9", "hunter22"; not "vault" or "v2". */
    static boolean looksLikePassword(String v) {
        if (v.length() < 6 || v.chars().anyMatch(Character::isWhitespace)) {
            return false;
        }
        boolean letter = v.chars().anyMatch(Character::isLetter);
        boolean other = v.chars().anyMatch(c -> Character.isDigit(c) || "!#$%&*+=?@^~".indexOf(c) >= 0);
        return letter && other;
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

    private static List<Span> concat(List<Span> a, List<Span> b) {
        List<Span> all = new ArrayList<>(a);
        all.addAll(b);
        return all;
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
            out.append(s, at, sp.start).append(mask(s.substring(sp.start, sp.end), MASK));
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
            String covered = prose.substring(start, end);
            out.append(prose, at, start).append(mask(covered, covered.isBlank() ? " ".repeat(MASK.length()) : MASK));
            at = end;
        }
        return out.append(prose.substring(at)).toString();
    }

    /** The mask for {@code covered}, with its line breaks (a private key block), so later lines keep their numbers. */
    private static String mask(String covered, String mask) {
        int breaks = lineOffset(covered, covered.length());
        return breaks == 0 ? mask : mask + "\n".repeat(breaks);
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
