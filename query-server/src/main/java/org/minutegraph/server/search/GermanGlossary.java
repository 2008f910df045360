package org.minutegraph.server.search;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads the German words of a query as the English the minutes are written in: community members
 * type "Sicherung der Nutzerdaten" for what the minutes call a backup of user data. Words come from a
 * glossary ({@code glossary-de.tsv}, one word and its English per line); German function words are
 * dropped; a compound of a word and a glossary noun is read part by part ("Statusseite" is "status
 * page"). A word that is also English ("die", "will", "stand") is read as German only when the query
 * has another German word. Acronyms (all capitals), words with digits and English queries pass unchanged.
 */
final class GermanGlossary {

    private static final String RESOURCE = "glossary-de.tsv";
    private static final Pattern WORD = Pattern.compile("\\p{L}[\\p{L}\\p{N}]*");
    private static final int MIN_COMPOUND = 7;
    private static final int MIN_PART = 3;

    /** The English of one German word: empty for a function word; {@code alsoEnglish} when the word is an English word too. */
    private record Reading(String english, boolean alsoEnglish) {
    }

    private final Map<String, Reading> words;

    private GermanGlossary(Map<String, Reading> words) {
        this.words = Map.copyOf(words);
    }

    /** The glossary that ships with the server. */
    static GermanGlossary load() {
        try (InputStream in = GermanGlossary.class.getResourceAsStream(RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException(RESOURCE + " is missing from the class path next to " + GermanGlossary.class.getName());
            }
            return parse(new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8)));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + RESOURCE, e);
        }
    }

    static GermanGlossary parse(BufferedReader lines) throws IOException {
        Map<String, Reading> words = new HashMap<>();
        String line;
        int number = 0;
        while ((line = lines.readLine()) != null) {
            number++;
            if (line.isBlank() || line.startsWith("#")) {
                continue;
            }
            String[] fields = line.split("\t");
            if (fields.length != 2 || fields[0].isBlank() || fields[1].isBlank()) {
                throw new IllegalStateException(RESOURCE + " line " + number + ": expected a German word, a tab and its English");
            }
            boolean alsoEnglish = fields[1].startsWith("?");
            String english = fields[1].substring(alsoEnglish ? 1 : 0).strip();
            words.put(key(fields[0]), new Reading(english.equals("-") ? "" : english, alsoEnglish));
        }
        return new GermanGlossary(words);
    }

    /** {@code query} with its German words read as English; the query itself when it has none or nothing would be left. */
    String read(String query) {
        boolean german = false;
        Matcher words = WORD.matcher(query);
        while (!german && words.find()) {
            german = reading(words.group()).filter(r -> !r.alsoEnglish()).isPresent();
        }
        if (!german) {
            return query;
        }
        StringBuilder out = new StringBuilder(query.length() + 16);
        words.reset();
        while (words.find()) {
            String english = reading(words.group()).map(Reading::english).orElse(words.group());
            words.appendReplacement(out, Matcher.quoteReplacement(english));
        }
        words.appendTail(out);
        String read = out.toString().replaceAll("\\s+", " ").strip();
        return WORD.matcher(read).find() ? read : query;
    }

    private Optional<Reading> reading(String word) {
        if (word.length() > 1 && word.equals(word.toUpperCase(Locale.ROOT))) {
            return Optional.empty(); // an acronym: MIT, AM, OVN
        }
        String key = key(word);
        Reading direct = words.get(key);
        return direct != null ? Optional.of(direct) : compound(key);
    }

    /** A compound whose last part is a glossary word, the first part a glossary word or kept as written. */
    private Optional<Reading> compound(String key) {
        if (key.length() < MIN_COMPOUND || !key.chars().allMatch(Character::isLetter)) {
            return Optional.empty();
        }
        for (int split = MIN_PART + 1; split <= key.length() - MIN_PART; split++) {
            Reading tail = words.get(key.substring(split));
            if (tail == null || tail.alsoEnglish() || tail.english().isEmpty()) {
                continue;
            }
            String head = key.substring(0, split);
            Reading first = Optional.ofNullable(words.get(head))
                    .or(() -> head.endsWith("s") ? Optional.ofNullable(words.get(head.substring(0, head.length() - 1))) : Optional.empty())
                    .filter(r -> !r.english().isEmpty() && !r.alsoEnglish())
                    .orElse(new Reading(head, false));
            return Optional.of(new Reading(first.english() + " " + tail.english(), false));
        }
        return Optional.empty();
    }

    private static String key(String word) {
        return word.toLowerCase(Locale.ROOT).replace("ä", "ae").replace("ö", "oe").replace("ü", "ue").replace("ß", "ss");
    }
}
