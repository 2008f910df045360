package org.minutegraph.ingest.extract;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.minutegraph.ingest.model.PersonRef;

/**
 * Reads people as minutes write them: {@code @handle}, a bare handle in a person slot,
 * "Full Name @handle (role)", "Full Name (@handle)", "@handle (Company)", "Name, Company",
 * plain names, {@code [@handle](https://github.com/handle)}. Anything that is not plausibly one
 * person (group and organisation handles, e-mail addresses, URLs, sentences, "none") is rejected.
 */
public final class PersonParser {

    /** An @handle not glued to a word (so not an e-mail), optionally followed by an org/team path. */
    static final Pattern HANDLE = Pattern.compile(
            "(?<![\\p{L}\\p{N}_@])@([A-Za-z0-9](?:[A-Za-z0-9_.-]*[A-Za-z0-9])?)(/[A-Za-z0-9][A-Za-z0-9_.-]*)?");

    private static final Pattern PUNCT_EDGES = Pattern.compile("^[\\s\\p{Punct}]+|[\\s\\p{Punct}]+$");
    private static final Pattern SPACES = Pattern.compile("\\s+");
    private static final Pattern EMAIL = Pattern.compile("<?[\\w.+-]+@[\\w-]+(?:\\.[\\w-]+)+>?");
    private static final Pattern URL = Pattern.compile("(?:https?://|www\\.)\\S+");
    private static final Pattern MD_LINK = Pattern.compile("\\[([^\\]]*)]\\(([^)\\s]*)\\)");
    private static final Pattern GITHUB_PROFILE = Pattern.compile("https?://github\\.com/([A-Za-z0-9-]+)/?");
    private static final Pattern EMPHASIS = Pattern.compile("\\*+|~~|(?<![\\p{L}\\p{N}])_+|_+(?![\\p{L}\\p{N}])");
    private static final Pattern PARENTHETICAL = Pattern.compile("\\([^()]*\\)|\\[[^\\]]*]");
    private static final Pattern NAME_END = Pattern.compile(",|:|;|\\s[-–—]\\s|<|\\|| \\bfrom\\b");
    private static final Pattern NAME_WORD = Pattern.compile("\\p{L}[\\p{L}'’.-]*");
    private static final Pattern CAPITALISED = Pattern.compile("\\p{Lu}.*");
    private static final Pattern HANDLE_TOKEN = Pattern.compile("[A-Za-z0-9][A-Za-z0-9_.-]*[A-Za-z0-9]");
    private static final Pattern ACRONYM = Pattern.compile("[\\p{Lu}\\p{N}&-]+");
    private static final Pattern PLAIN_NAME_TOKEN = Pattern.compile("\\p{Lu}\\p{Ll}+(?:-\\p{Lu}\\p{Ll}+)?|.*[^\\x00-\\x7F].*");

    private static final Set<String> PARTICLES = Set.of(
            "von", "van", "de", "der", "den", "del", "da", "di", "du", "la", "le", "zu", "ten", "ter", "bin", "al");
    /** Words that make a candidate a sentence fragment rather than a name. */
    private static final Set<String> FUNCTION_WORDS = Set.of(
            "is", "are", "was", "were", "be", "been", "will", "would", "should", "shall", "can", "could",
            "may", "might", "must", "has", "have", "had", "do", "does", "did", "to", "the", "a", "an", "of",
            "for", "with", "on", "in", "at", "by", "into", "about", "and", "or", "this", "that",
            "these", "those", "it", "its", "you", "he", "she", "i", "our", "your", "their", "my", "as",
            "if", "so", "but", "please", "see", "also", "still", "later", "partially", "only", "there",
            "maybe", "guess", "via", "per", "re", "late", "since", "until");

    private final PersonFilter filter;

    public PersonParser(PersonFilter filter) {
        this.filter = Objects.requireNonNull(filter, "filter");
    }

    /** A parser with {@link PersonFilter#defaults()}. */
    public PersonParser() {
        this(PersonFilter.defaults());
    }

    public PersonFilter filter() {
        return filter;
    }

    /** One written person, or empty when the text does not plausibly name exactly one person. */
    public Optional<PersonRef> parse(String written) {
        if (written == null) {
            return Optional.empty();
        }
        String s = clean(written);
        s = EMAIL.matcher(s).replaceAll(" ");
        s = URL.matcher(s).replaceAll(" ").strip();
        if (s.isEmpty()) {
            return Optional.empty();
        }
        String handle = null;
        Matcher m = HANDLE.matcher(s);
        while (handle == null && m.find()) {
            if (m.group(2) == null && filter.acceptsHandle(m.group(1))) {
                handle = m.group(1);
            }
        }
        String rest = PARENTHETICAL.matcher(HANDLE.matcher(s).replaceAll(" ")).replaceAll(" ");
        String candidate = firstSegment(rest);
        if (handle != null) {
            return Optional.of(new PersonRef(handle, isName(candidate, true) ? candidate : null));
        }
        // a bare token is a handle only when it is all that is written ("jnull", not "time: 5 min")
        if (candidate.equals(PUNCT_EDGES.matcher(rest).replaceAll("")) && isHandleToken(candidate)) {
            return Optional.of(PersonRef.ofHandle(candidate));
        }
        return isName(candidate, false) ? Optional.of(PersonRef.ofName(candidate)) : Optional.empty();
    }

    /**
     * The people in a written list ("@a, @b and Jane Roe", "@a/@b", "@a @b"), in order, without
     * duplicates; parts that are not people are skipped.
     */
    public List<PersonRef> parseList(String written) {
        if (written == null) {
            return List.of();
        }
        List<PersonRef> out = new ArrayList<>();
        for (String part : splitList(clean(written))) {
            List<String> handles = handles(part);
            if (handles.size() > 1) {
                handles.forEach(h -> out.add(PersonRef.ofHandle(h)));
            } else {
                parse(part).ifPresent(out::add);
            }
        }
        return DistinctPeople.of(out);
    }

    /** The person handles (lower case, without '@') written anywhere in the text, in order, once each. */
    public List<String> handles(String text) {
        if (text == null || text.indexOf('@') < 0 && !text.contains("github.com/")) {
            return List.of(); // a handle is written with '@', or comes from a link to a GitHub profile
        }
        Set<String> out = new LinkedHashSet<>();
        Matcher m = HANDLE.matcher(clean(text == null ? "" : text));
        while (m.find()) {
            if (m.group(2) == null && filter.acceptsHandle(m.group(1))) {
                out.add(m.group(1).toLowerCase(Locale.ROOT));
            }
        }
        return List.copyOf(out);
    }

    /** Markdown leftovers removed: links become their text (or @handle for a GitHub profile), no emphasis. */
    static String clean(String text) {
        if (!hasMarkup(text)) {
            return text.strip(); // nothing below can change such text
        }
        String s = text.replace("\\_", "_").replace("\\*", "*").replace("\\@", "@");
        Matcher link = MD_LINK.matcher(s);
        StringBuilder sb = new StringBuilder();
        while (link.find()) {
            String shown = link.group(1);
            Matcher profile = GITHUB_PROFILE.matcher(link.group(2));
            String replacement = shown;
            if (profile.matches() && !shown.contains("@")) {
                String handle = "@" + profile.group(1);
                replacement = shown.strip().equalsIgnoreCase(profile.group(1)) ? handle : shown + " (" + handle + ")";
            }
            link.appendReplacement(sb, Matcher.quoteReplacement(replacement));
        }
        link.appendTail(sb);
        return EMPHASIS.matcher(sb.toString()).replaceAll("").strip();
    }

    private static boolean hasMarkup(String text) {
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '\\' || c == '[' || c == '*' || c == '~' || c == '_') {
                return true;
            }
        }
        return false;
    }

    private static String firstSegment(String rest) {
        for (String segment : NAME_END.split(rest)) {
            String t = SPACES.matcher(PUNCT_EDGES.matcher(segment).replaceAll("")).replaceAll(" ").strip();
            if (!t.isEmpty()) {
                return t;
            }
        }
        return "";
    }

    private boolean isHandleToken(String token) {
        return HANDLE_TOKEN.matcher(token).matches()
                && token.chars().anyMatch(Character::isLetter)
                && !PLAIN_NAME_TOKEN.matcher(token).matches()
                && !ACRONYM.matcher(token).matches()
                && filter.acceptsName(token)
                && filter.acceptsHandle(token);
    }

    private boolean isName(String candidate, boolean besideHandle) {
        if (candidate.isEmpty() || !filter.acceptsName(candidate)) {
            return false;
        }
        String[] words = candidate.split(" ");
        if (words.length > 4) {
            return false;
        }
        for (String w : words) {
            if (!NAME_WORD.matcher(w).matches() || FUNCTION_WORDS.contains(w.toLowerCase(Locale.ROOT))) {
                return false;
            }
        }
        if (words.length == 1) {
            // "felix (@fkr)" is a name beside a handle; alone, a lower-case token is a handle instead
            boolean hyphenatedLowerCase = words[0].contains("-") && words[0].equals(words[0].toLowerCase(Locale.ROOT));
            return besideHandle ? !hyphenatedLowerCase : PLAIN_NAME_TOKEN.matcher(words[0]).matches();
        }
        // the first word may be lower case ("max Wolfs"); later words are capitalised or particles ("von")
        for (int i = 1; i < words.length; i++) {
            if (!CAPITALISED.matcher(words[i]).matches() && !PARTICLES.contains(words[i].toLowerCase(Locale.ROOT))) {
                return false;
            }
        }
        return CAPITALISED.matcher(words[words.length - 1]).matches();
    }

    /** Splits at list separators outside parentheses. */
    private static List<String> splitList(String s) {
        List<String> parts = new ArrayList<>();
        int depth = 0;
        int start = 0;
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c == '(' || c == '[') {
                depth++;
            } else if ((c == ')' || c == ']') && depth > 0) {
                depth--;
            } else if (depth == 0) {
                int sep = separatorLength(s, i);
                if (sep > 0) {
                    parts.add(s.substring(start, i));
                    start = i + sep;
                    i = start - 1;
                }
            }
        }
        parts.add(s.substring(start));
        return parts.stream().map(String::strip).filter(p -> !p.isEmpty()).toList();
    }

    private static final Pattern WORD_SEPARATOR = Pattern.compile("\\s+(?:and|und|\\+|&)\\s+|\\s*&\\s*");

    private static int separatorLength(String s, int i) {
        char c = s.charAt(i);
        if (c == ',' || c == ';' || c == '\n') {
            return 1;
        }
        if (c == '/' && i + 1 < s.length() && s.charAt(i + 1) == '@') {
            return 1;
        }
        if (Character.isWhitespace(c) || c == '&') {
            Matcher m = WORD_SEPARATOR.matcher(s).region(i, s.length());
            if (m.lookingAt()) {
                return m.end() - i;
            }
        }
        return 0;
    }
}
