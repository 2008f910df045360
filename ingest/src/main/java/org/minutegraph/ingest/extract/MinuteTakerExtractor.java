package org.minutegraph.ingest.extract;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.minutegraph.ingest.model.Block;
import org.minutegraph.ingest.model.BlockKind;
import org.minutegraph.ingest.model.DocSection;
import org.minutegraph.ingest.model.MinutesDocument;
import org.minutegraph.ingest.model.PersonRef;

/**
 * Who took (or transferred) the minutes: "Minutes: Jonas", "Minute taker: @x", "Minutes taken by
 * @x", "Protocol: x", "Transfer of minutes: @x", the people listed under a heading such as
 * "Community call report and minutes transfer", and the answers to "Who ... minutes ...?".
 * "Minutes: https://..." links to minutes and names nobody.
 */
public final class MinuteTakerExtractor {

    private static final Pattern TAKER_WORD = Pattern.compile(
            "\\b(?:minutes?|minute-taker|protocol|protokoll\\w*|note[- ]?tak\\w+|scribe|schriftf(?:ü|ue)hr\\w*)\\b");
    /** Labels about earlier minutes or where they are, not about who writes them. */
    private static final Pattern NOT_TAKER = Pattern.compile(
            ".*(?:\\d|\\b(?:last|previous|prior|earlier|links?|approv\\w*|review\\w*|see|url|location|here)\\b).*");
    /** Heading words that, next to "minutes", make a heading a minute-taker assignment. */
    private static final Pattern HEADING_ROLE = Pattern.compile(
            "\\b(?:transfer\\w*|tak\\w+|report\\w*|feeds?|submit\\w*|writ\\w+|who|designate\\w*|responsib\\w+)\\b|&");
    private static final Pattern TAKEN_BY = Pattern.compile(
            "(?i)^\\s*(?:minutes?|notes?|protocol)\\s+(?:(?:taken|written|kept|transferred)\\s+)?by\\s*:?\\s+(.+)$");
    private static final Pattern TAKER_HEADING = Pattern.compile("(?:minute[- ]?takers?|protocol|protokoll\\w*|note[- ]?takers?|scribe)");
    private static final Pattern PARENS = Pattern.compile("\\([^()]*\\)");
    private static final Pattern SPACES = Pattern.compile("\\s+");
    private static final Pattern URL = Pattern.compile("https?://|www\\.");
    private static final Pattern SEPARATORS = Pattern.compile("(?i)\\s*(?:[,;&+/]|\\band\\b|\\bund\\b)\\s*");

    private final PersonParser parser;

    public MinuteTakerExtractor(PersonParser parser) {
        this.parser = Objects.requireNonNull(parser, "parser");
    }

    /** True for headings such as "Community call report and minutes transfer" or "Minute taker". */
    public static boolean isMinuteTakerHeading(String heading) {
        String h = HeadingText.normalise(heading);
        if (TAKER_HEADING.matcher(h).matches()) {
            return true;
        }
        return TAKER_WORD.matcher(h).find() && HEADING_ROLE.matcher(h).find() && !NOT_TAKER.matcher(h).matches();
    }

    public List<PersonRef> extract(MinutesDocument doc) {
        Objects.requireNonNull(doc, "doc");
        List<PersonRef> out = new ArrayList<>();
        for (DocSection section : doc.sections()) {
            boolean takerHeading = isMinuteTakerHeading(section.heading());
            List<PersonRef> found = new ArrayList<>();
            List<Block> blocks = section.blocks();
            for (int i = 0; i < blocks.size(); i++) {
                Block b = blocks.get(i);
                if (b.kind() != BlockKind.CODE) {
                    found.addAll(fromBlock(section, i, takerHeading && b.parent() == -1));
                }
            }
            if (found.isEmpty() && takerHeading) {
                // "Community call and minutes transfer" holding only "Who is reporting? @x": x does both
                for (int i = 0; i < blocks.size(); i++) {
                    if (blocks.get(i).parent() == -1 && blocks.get(i).text().contains("?")) {
                        found.addAll(answers(section, i, blocks.get(i).text().strip(), false));
                    }
                }
            }
            out.addAll(found);
        }
        return DistinctPeople.of(out);
    }

    private List<PersonRef> fromBlock(DocSection section, int index, boolean listedUnderHeading) {
        String text = section.blocks().get(index).text().strip();
        Matcher by = TAKEN_BY.matcher(text);
        if (by.matches()) {
            return people(by.group(1));
        }
        if (text.contains("?")) {
            return answers(section, index, text, true);
        }
        Optional<LabelledText> label = LabelledText.of(text);
        if (label.isPresent()) {
            if (!isTakerLabel(label.get().label()) || label.get().label().contains("?")) {
                return List.of();
            }
            if (label.get().value().isEmpty()) {
                List<PersonRef> out = new ArrayList<>();
                BlockTree.introduced(section, index).forEach(c -> out.addAll(peopleOnly(section.blocks().get(c).text())));
                return out;
            }
            return peopleOnly(label.get().value().lines().findFirst().orElse(""));
        }
        return listedUnderHeading ? peopleOnly(text) : List.of();
    }

    /** "Who is taking minutes?" answered after the question mark or in its nested items. */
    private List<PersonRef> answers(DocSection section, int index, String text, boolean aboutMinutes) {
        int q = text.lastIndexOf('?');
        String question = text.substring(0, q).toLowerCase(java.util.Locale.ROOT);
        if (aboutMinutes && !TAKER_WORD.matcher(question).find() || !question.contains("who")) {
            return List.of();
        }
        List<PersonRef> out = new ArrayList<>(peopleOnly(text.substring(q + 1).replaceFirst("^\\s*:", "")));
        for (int c : BlockTree.children(section, index)) {
            String child = section.blocks().get(c).text();
            Optional<LabelledText> label = LabelledText.of(child);
            if (label.isPresent() && !label.get().value().isEmpty()) {
                // "Minutes-transfer: @x" beside "Report in community call: @y"
                if (isTakerLabel(label.get().label())) {
                    out.addAll(peopleOnly(label.get().value()));
                }
            } else {
                out.addAll(peopleOnly(child));
            }
        }
        return out;
    }

    private static boolean isTakerLabel(String label) {
        return TAKER_WORD.matcher(label).find() && !NOT_TAKER.matcher(label).matches();
    }

    private List<PersonRef> people(String value) {
        return URL.matcher(value).find() ? List.of() : parser.parseList(value);
    }

    /** People from a line that holds nothing but people ("@a + Coop @b"), not from a sentence about them. */
    private List<PersonRef> peopleOnly(String text) {
        String leftover = PersonParser.HANDLE.matcher(PersonParser.clean(text)).replaceAll(" ");
        leftover = SEPARATORS.matcher(PARENS.matcher(leftover).replaceAll(" ")).replaceAll(" ").strip();
        if (SPACES.split(leftover).length > 3) {
            return List.of();
        }
        return people(text);
    }
}
