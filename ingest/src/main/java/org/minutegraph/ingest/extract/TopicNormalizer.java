package org.minutegraph.ingest.extract;

import java.text.Normalizer;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import java.util.regex.Pattern;

import org.minutegraph.ingest.model.TopicRef;

/**
 * Turns an agenda heading into a topic: "3. Registry (@mkowalski) – standards#212" and
 * "**Registry update**" both become the topic {@code registry}.
 *
 * <p>Removed from a heading: leading numbering ("3.", "1.2", "TOP 3:", "Item 2 -"), markup and
 * emoji, URLs, issue references, sponsor parentheses and trailing handles, dates, a time box
 * ("~5min"), surrounding quotes, trailing punctuation, a leading "Update(s) on"/"Status of" and a
 * trailing "update(s)"/"status"/"follow-up". The key is the lower-case slug of what remains, with
 * a plain English plural "s" dropped from each word, so "CAPI Images" and "CAPI image" meet.
 *
 * <p>Headings that are not agenda topics yield nothing: the title (level 1 and 0), bare dates, and
 * the recurring meeting furniture (participants, agenda, action items, minutes transfer, AOB...).
 */
public final class TopicNormalizer {

    private static final Pattern HTML_TAG = Pattern.compile("<[^>]*>");
    private static final Pattern EMPTY_PARENS = Pattern.compile("\\(\\s*\\)");
    private static final Pattern SPACES = Pattern.compile("\\s+");
    private static final Pattern MARKS = Pattern.compile("\\p{M}");
    private static final Pattern NON_WORD = Pattern.compile("[^\\p{L}\\p{N}]+");
    private static final Pattern MARKUP = Pattern.compile("\\*\\*|__|`|~~|\\[|\\]");
    private static final Pattern EMOJI_CODE = Pattern.compile(":[a-z0-9_+-]+:");
    private static final Pattern URL = Pattern.compile("\\(?<?\\b(?:https?://|www\\.)[^\\s)>]*>?\\)?");
    private static final Pattern ISSUE_REF = Pattern.compile(
            "[-–—:]?\\s*\\(?(?:(?:[\\w.-]+/)?[\\w.-]+/?#|\\b(?:PR|MR|[Ii]ssue)\\s?#|#)\\d+\\b\\)?[,;]?");
    private static final Pattern SPONSOR_PARENS = Pattern.compile(
            "\\((?=[^)]*(?:@[\\w-]|sponsor|~\\s*\\d+\\s*min))[^)]*\\)", Pattern.CASE_INSENSITIVE);
    private static final Pattern TRAILING_HANDLES = Pattern.compile("(?:[\\s,/&-]*(?:by\\s+)?@[\\w-]+)+\\s*$");
    private static final Pattern TIME_BOX = Pattern.compile("~?\\s*\\b\\d+\\s*min(?:utes|s)?\\b", Pattern.CASE_INSENSITIVE);
    private static final String MONTH = "(?:jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec)[a-z]*\\.?";
    private static final Pattern DATE = Pattern.compile(
            "(?:\\b\\d{4}-\\d{2}-\\d{2}\\b|\\b\\d{1,2}\\.\\d{1,2}\\.(?:\\d{2,4})?(?!\\d)|\\b\\d{4}/\\d{2}/\\d{2}\\b"
                    + "|\\b" + MONTH + "\\s+\\d{1,2}(?:st|nd|rd|th)?,?\\s+\\d{4}\\b"
                    + "|\\b\\d{1,2}(?:st|nd|rd|th)?\\.?\\s+" + MONTH + "\\s+\\d{4}\\b)",
            Pattern.CASE_INSENSITIVE);
    private static final Pattern NUMBERING = Pattern.compile(
            "^(?:(?:TOP|Item|Punkt|Agenda item|Topic)\\s*\\d+(?:\\.\\d+)*\\s*[.):]?|\\d+(?:\\.\\d+)+[.)]?(?=\\s)|\\d+[.)]|\\d+\\s*:)"
                    + "\\s*(?:[-–—:]\\s*)?",
            Pattern.CASE_INSENSITIVE);
    private static final Pattern LEADING_FILLER = Pattern.compile(
            "^(?:updates?\\s+(?:on|from|about|regarding)|status\\s+(?:of|on|update\\s+on))\\s+", Pattern.CASE_INSENSITIVE);
    private static final Pattern TRAILING_FILLER = Pattern.compile(
            "[\\s:–—-]+(?:updates?|status(?:\\s+update)?|follow[- ]?ups?)$", Pattern.CASE_INSENSITIVE);
    private static final Pattern EDGE_JUNK = Pattern.compile("^[\\s\"'“”„‚‘’«»:;,.!?–—/|&+*-]+|[\\s\"'“”„‚‘’«»:;,.!?–—/|&+*(-]+$");

    /** Headings that are meeting furniture, not agenda topics; matched against the cleaned label, lower case. */
    private static final Pattern GENERIC = java.util.stream.Stream.of(
            "(?:our |the )?(?:participants?|particpants|present|attendees|attendance|excused|absent|apologies)\\b.*",
            "(?:today'?s )?agenda\\b.*", "meta", "minutes", "notes", "misc(?:ellaneous)?", "links?", "topics",
            "other topics", "where", "when", "welcome", "eof", "any newcomers.*", "introductions?", "orga(?:nizational)?",
            "(?:pending |open |check (?:pending )?|review (?:of )?)?(?:ais|action items?|actions)\\b.*",
            "ais from .*", "decisions?", "next meeting.*", "aob", "any other business", "open discussions?",
            "discussions?", "team updates", "updates", "updates from the teams", "project updates",
            "housekeeping\\b.*", "recurring items\\b.*", "designate people\\b.*",
            ".*\\bminutes (?:transfer|taking)\\b.*", ".*\\breporting (?:in|&|and)\\b.*",
            "who (?:is reporting|presents|reports)\\b.*", "(?:reporting|report) & minutes", "community call report\\b.*",
            "anything else\\b.*", "any important decisions\\b.*", "most important item\\b.*", "what was relevant\\b.*")
            .collect(java.util.stream.Collectors.collectingAndThen(java.util.stream.Collectors.joining(")|(?:", "(?:", ")"),
                    p -> Pattern.compile(p, Pattern.CASE_INSENSITIVE)));

    /** The topic a heading names, if it names one; level 0 (no heading) and 1 (the title) never do. */
    public Optional<TopicRef> topic(String heading, int level) {
        Objects.requireNonNull(heading, "heading");
        if (level < 2) {
            return Optional.empty();
        }
        return topic(heading);
    }

    /** The topic a heading names, whatever its level. */
    public Optional<TopicRef> topic(String heading) {
        String asWritten = heading.strip();
        String label = clean(asWritten);
        if (label.isEmpty() || isGeneric(label)) {
            return Optional.empty();
        }
        String key = key(label);
        return key.isEmpty() ? Optional.empty() : Optional.of(new TopicRef(key, label, asWritten));
    }

    /** The cleaned human label of a heading, possibly empty. */
    String clean(String heading) {
        String s = Normalizer.normalize(heading, Normalizer.Form.NFC);
        // Each pattern runs only on headings holding the character it cannot match without.
        s = s.indexOf('<') >= 0 ? HTML_TAG.matcher(s).replaceAll(" ") : s;
        s = s.indexOf(':') >= 0 ? EMOJI_CODE.matcher(s).replaceAll(" ") : s;
        s = stripSymbols(s);
        s = s.contains("://") || s.contains("www.") ? URL.matcher(s).replaceAll(" ") : s;
        s = MARKUP.matcher(s).replaceAll("");
        s = s.indexOf('(') >= 0 ? SPONSOR_PARENS.matcher(s).replaceAll(" ") : s;
        s = s.indexOf('#') >= 0 ? ISSUE_REF.matcher(s).replaceAll(" ") : s;
        if (hasDigit(s)) {
            s = DATE.matcher(s).replaceAll(" ");
            s = TIME_BOX.matcher(s).replaceAll(" ");
        }
        s = SPACES.matcher(EMPTY_PARENS.matcher(s).replaceAll(" ")).replaceAll(" ").strip();
        String before;
        do {
            before = s;
            s = NUMBERING.matcher(s).replaceFirst("");
            s = TRAILING_HANDLES.matcher(s).replaceFirst("");
            s = EDGE_JUNK.matcher(s).replaceAll("").strip();
            s = stripWrappingParens(s);
        } while (!s.equals(before));
        if (isGeneric(s)) {
            return ""; // checked before the filler goes: "Team updates" is furniture, "Team" would not be
        }
        String filtered = TRAILING_FILLER.matcher(LEADING_FILLER.matcher(s).replaceFirst("")).replaceFirst("").strip();
        filtered = EDGE_JUNK.matcher(filtered).replaceAll("").strip();
        // a heading that is nothing but filler ("Updates") keeps its words, so the generic list can reject it
        return filtered.chars().anyMatch(Character::isLetter) ? filtered : s.chars().anyMatch(Character::isLetter) ? s : "";
    }

    private static boolean hasDigit(String s) {
        for (int i = 0; i < s.length(); i++) {
            if (Character.isDigit(s.charAt(i))) {
                return true;
            }
        }
        return false;
    }

    /** The slug of a label: accents dropped, lower case, words joined by '-', a plural "s" dropped from each word. */
    static String key(String label) {
        String folded = MARKS.matcher(Normalizer.normalize(label, Normalizer.Form.NFD)).replaceAll("").toLowerCase(Locale.ROOT);
        StringBuilder out = new StringBuilder();
        for (String word : NON_WORD.split(folded)) {
            if (word.isEmpty()) {
                continue;
            }
            if (out.length() > 0) {
                out.append('-');
            }
            out.append(singular(word));
        }
        return out.toString();
    }

    private static String singular(String word) {
        if (word.length() <= 3 || !word.endsWith("s") || word.endsWith("ss") || word.endsWith("us") || word.endsWith("is")
                || word.endsWith("aas")) {
            return word;
        }
        if (word.endsWith("ies") && word.length() > 4) {
            return word.substring(0, word.length() - 3) + "y";
        }
        return word.substring(0, word.length() - 1);
    }

    private static boolean isGeneric(String label) {
        String l = label.toLowerCase(Locale.ROOT).strip();
        return GENERIC.matcher(l).matches(); // one alternation: matches() tries each branch against the whole label
    }

    private static String stripWrappingParens(String s) {
        return s.length() > 2 && s.charAt(0) == '(' && s.charAt(s.length() - 1) == ')' && s.indexOf(')') == s.length() - 1
                ? s.substring(1, s.length() - 1).strip() : s;
    }

    /** Drops emoji and other pictographs, keeping letters, digits, punctuation and spaces. */
    private static String stripSymbols(String s) {
        StringBuilder out = new StringBuilder(s.length());
        s.codePoints().forEach(cp -> {
            int type = Character.getType(cp);
            boolean symbol = type == Character.OTHER_SYMBOL || type == Character.SURROGATE || type == Character.PRIVATE_USE
                    || cp == 0x200D || cp >= 0xFE00 && cp <= 0xFE0F || cp >= 0x1F3FB && cp <= 0x1F3FF;
            out.appendCodePoint(symbol ? ' ' : cp);
        });
        return out.toString();
    }
}
