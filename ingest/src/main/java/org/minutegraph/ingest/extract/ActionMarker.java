package org.minutegraph.ingest.extract;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.minutegraph.ingest.model.PersonRef;

/**
 * Reads the written forms of an action item in one block's text: "AI: x", "AI(name): x",
 * "AI @a @b: x", "AI for @a: x", "... (AI @a)", "TODO @a: x", "ToDo(a): x", "@a will x", "@a to x",
 * and, for items that are tasks by position (a checkbox, an "Action items" heading), the owner
 * prefix alone. "AI" must be followed by one of these marker forms, so "AI models" is no item.
 */
final class ActionMarker {

    static final String HANDLE = "@[A-Za-z0-9](?:[A-Za-z0-9_.-]*[A-Za-z0-9])?";
    /** One or more handles joined by commas, "&", "/", "and", "+" or "...". */
    static final String OWNERS = HANDLE + "(?:\\s*(?:,|&|/|\\+|\\band\\b)?\\s*(?:" + HANDLE + "|\\.\\.\\.|…))*";

    private static final Pattern TIDY_EDGES = Pattern.compile("^[\\s:,;_*\\-–—>=→]+|[\\s,;:_*(\\-–—>=→]+$");
    private static final Pattern SPACES = Pattern.compile("\\s+");
    private static final Pattern AI = Pattern.compile(
            "(?<![\\p{L}\\p{N}])(\\(\\s*)?AI(?:\\s*\\(([^()]{1,60})\\)\\s*:?|\\s+for(?=\\s+@)|\\s*:|(?=\\s+@)|\\s+(?=\\p{Lu}\\p{Ll}+\\s*:))");
    private static final Pattern TODO = Pattern.compile(
            "(?<![\\p{L}\\p{N}])(\\(\\s*)?(?:TODO|ToDo|Todo|todo|To-Do|to-do)(?:\\s*\\(([^()]{1,60})\\))?(?=\\s*(?::|" + HANDLE + "\\s*:))");
    /** "@a will do", "@a and @b to do": at the start of the text or of a sentence. */
    private static final Pattern WILL = Pattern.compile(
            "(?:^|(?<=[.!?;]\\s))\\s*(?:(?:->|=>|→)\\s*)?(" + OWNERS + ")\\s+(?:will|to|shall|is going to|are going to)\\s+"
                    + "(?!(?:not|be|the|a|an|this|that|all|me|us|them|him|her|it|his|their|our|also be)\\b)(?=\\p{Ll})");
    private static final Pattern WILL_ANYWHERE = Pattern.compile("(" + OWNERS + ")\\s+(?:will|to)\\s+(?!not\\b|be\\b)(?=\\p{Ll})");
    private static final Pattern LEADING_OWNERS = Pattern.compile(
            "^\\s*:?\\s*(" + OWNERS + ")(?:\\s*(?::|,|[-–—](?!>)|->|=>)|\\s+(?:will|to|shall)\\b)?\\s*");
    private static final Pattern LEADING_NAME = Pattern.compile("^\\s*(\\p{Lu}[\\p{L}-]+(?:\\s\\p{Lu}[\\p{L}-]+)?)\\s*:\\s+");
    private static final Pattern TRAILING_OWNERS = Pattern.compile(
            "\\s*(?:(?:->|=>|→|--)\\s*(" + OWNERS + ")|\\((" + OWNERS + ")\\))\\s*[.!]?\\s*$");
    private static final Pattern HANDLE_ONLY = Pattern.compile("[\\s\\p{Punct}&&[^@]]*(?:" + OWNERS + ")?[\\s\\p{Punct}&&[^@]]*");

    private final PersonParser parser;

    ActionMarker(PersonParser parser) {
        this.parser = Objects.requireNonNull(parser, "parser");
    }

    /** An "AI" or "TODO" marked task anywhere in the text. */
    Optional<OwnedTask> marked(String text) {
        // each marker needs its word in the text: skip the regex when it is absent
        Optional<OwnedTask> ai = text.contains("AI") ? marker(AI, text) : Optional.empty();
        return ai.isPresent() || !AsciiKeywords.containsAny(text, "todo", "to-do") ? ai : marker(TODO, text);
    }

    /** "@a will ..." / "@a to ..." at the start of the text or of one of its sentences. */
    Optional<OwnedTask> will(String text) {
        if (text.indexOf('@') < 0) {
            return Optional.empty(); // owners are @handles
        }
        Matcher m = WILL.matcher(text);
        if (!m.find()) {
            return Optional.empty();
        }
        List<PersonRef> owners = parser.parseList(m.group(1));
        // "@someorg will join" is news about an organisation, not a task for a person
        return owners.isEmpty() ? Optional.empty() : Optional.of(new OwnedTask(owners, tidy(text.substring(m.end()))));
    }

    /** A task known to be one by position: owners read from its start, its end, or "@a will". */
    OwnedTask unmarked(String text) {
        Matcher lead = LEADING_OWNERS.matcher(text);
        if (lead.lookingAt() && lead.end() > 0) {
            return new OwnedTask(parser.parseList(lead.group(1)), tidy(text.substring(lead.end())));
        }
        Matcher name = LEADING_NAME.matcher(text);
        if (name.lookingAt()) {
            Optional<PersonRef> person = parser.parse(name.group(1));
            if (person.isPresent()) {
                return new OwnedTask(List.of(person.get()), tidy(text.substring(name.end())));
            }
        }
        Matcher trail = TRAILING_OWNERS.matcher(text);
        if (trail.find()) {
            String owners = trail.group(1) != null ? trail.group(1) : trail.group(2);
            return new OwnedTask(parser.parseList(owners), tidy(text.substring(0, trail.start())));
        }
        return will(text).filter(t -> !t.owners().isEmpty()).orElse(new OwnedTask(List.of(), tidy(text)));
    }

    private Optional<OwnedTask> marker(Pattern marker, String text) {
        Matcher m = marker.matcher(text);
        if (!m.find()) {
            return Optional.empty();
        }
        boolean inParens = m.group(1) != null;
        List<PersonRef> owners = new ArrayList<>();
        if (m.group(2) != null) {
            owners.addAll(parser.parseList(m.group(2)));
        }
        String after = text.substring(m.end());
        String trailing = "";
        if (inParens) {
            int close = closingParen(after);
            trailing = close < after.length() ? after.substring(close + 1) : "";
            after = after.substring(0, close);
        }
        // "AI Kurt: x" names its owner; after "AI:" a capitalised word is the task ("AI: Backups: ...")
        OwnedTask rest = unmarkedPrefix(after, !m.group().strip().endsWith(":"));
        owners.addAll(rest.owners());
        String before = text.substring(0, m.start());
        String task = rest.text();
        boolean taskIsEmpty = HANDLE_ONLY.matcher(task).matches();
        // "x (AI @a)" and "x (AI @a: check)" are about x; "x (todo: write the docs page)" is about its own words
        boolean shortInParens = inParens && task.split("\\s+").length < 3;
        if ((shortInParens || taskIsEmpty) && !tidy(before).isEmpty()) {
            task = tidy(before + " " + trailing);
        } else if (taskIsEmpty) {
            task = "";
        }
        Matcher volunteer = WILL_ANYWHERE.matcher(task);
        Matcher trail = TRAILING_OWNERS.matcher(task);
        if (owners.isEmpty() && volunteer.find()) {
            // "AI: write a story - @a will do this"
            owners.addAll(parser.parseList(volunteer.group(1)));
        } else if (owners.isEmpty() && trail.find()) {
            // "AI: split the epic (@a)"
            owners.addAll(parser.parseList(trail.group(1) != null ? trail.group(1) : trail.group(2)));
            task = tidy(task.substring(0, trail.start()));
        }
        return Optional.of(new OwnedTask(DistinctPeople.of(owners), task));
    }

    /** Owners right after a marker ("@a @b: x", "Kurt: x"), else the text as it is. */
    private OwnedTask unmarkedPrefix(String after, boolean nameAllowed) {
        Matcher lead = LEADING_OWNERS.matcher(after);
        if (lead.lookingAt()) {
            return new OwnedTask(parser.parseList(lead.group(1)), tidy(after.substring(lead.end())));
        }
        Matcher name = LEADING_NAME.matcher(after);
        if (nameAllowed && name.lookingAt()) {
            Optional<PersonRef> person = parser.parse(name.group(1));
            if (person.isPresent()) {
                return new OwnedTask(List.of(person.get()), tidy(after.substring(name.end())));
            }
        }
        return new OwnedTask(List.of(), tidy(after.replaceFirst("^\\s*[:\\-–]\\s*", "")));
    }

    private static int closingParen(String s) {
        int depth = 0;
        for (int i = 0; i < s.length(); i++) {
            if (s.charAt(i) == '(') {
                depth++;
            } else if (s.charAt(i) == ')') {
                if (depth == 0) {
                    return i;
                }
                depth--;
            }
        }
        return s.length();
    }

    /** Leftover arrows, separators and emphasis at either end removed. */
    static String tidy(String s) {
        return SPACES.matcher(TIDY_EDGES.matcher(s).replaceAll("")).replaceAll(" ").strip();
    }
}
