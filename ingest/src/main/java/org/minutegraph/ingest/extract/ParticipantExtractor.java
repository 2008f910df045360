package org.minutegraph.ingest.extract;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;
import org.minutegraph.ingest.model.Block;
import org.minutegraph.ingest.model.BlockKind;
import org.minutegraph.ingest.model.DocSection;
import org.minutegraph.ingest.model.MinutesDocument;
import org.minutegraph.ingest.model.PersonRef;

/**
 * The people a minutes file lists as present: every item under a "Participants" / "Present" /
 * "Attendees" heading, "Participants: @a, @b" lines anywhere, and front matter keys of those
 * names. People listed as excused or absent are left out. Result in file order, each person once.
 */
public final class ParticipantExtractor {

    /** Headings that are a participant list whatever follows ("Participants (github handles preferred)"). */
    private static final Pattern LIST_HEADING = Pattern.compile(
            "(?:participants?|participantst|attendees?|teilnehmer(?:innen)?|teilnehmende|anwesende|people present|who was there)\\b.*");
    /** Words that are a participant heading only when alone ("Present", not "Presentation of ..."). */
    private static final Pattern BARE_HEADING = Pattern.compile(
            "(?:present|attendance|anwesend|in attendance)\\s*(?:\\(.*\\))?");
    private static final Pattern LABEL = Pattern.compile(
            "(?:participants?|attendees?|present|attendance|teilnehmer(?:innen)?|anwesend|anwesende)(?:\\s*\\(.*\\))?");
    private static final Pattern EXCUSED = Pattern.compile(
            "(?:.*\\b)?(?:excused|absent|apolog\\w*|regrets|not present|not|missing|entschuldigt|abwesend|unable to attend|could not attend|couldn't attend)\\b.*");
    private static final Pattern SPACE_OR_COMMA = Pattern.compile("[\\s,]");
    private static final Pattern GITHUB_PROFILE = Pattern.compile("https?://github\\.com/[^/]+/?");
    private static final Pattern QUOTES_AND_BRACKETS = Pattern.compile("[\\[\\]\"']");
    private static final Pattern URL = Pattern.compile("https?://|www\\.");
    private static final Set<String> FRONT_MATTER_KEYS = Set.of("participants", "attendees", "present", "attendance");

    private final PersonParser parser;

    public ParticipantExtractor(PersonParser parser) {
        this.parser = Objects.requireNonNull(parser, "parser");
    }

    /** True for headings such as "Participants", ":family: Participants (github handles preferred)", "Present". */
    public static boolean isParticipantHeading(String heading) {
        String h = HeadingText.normalise(heading);
        return LIST_HEADING.matcher(h).matches() || BARE_HEADING.matcher(h).matches();
    }

    public List<PersonRef> extract(MinutesDocument doc) {
        Objects.requireNonNull(doc, "doc");
        List<PersonRef> people = new ArrayList<>();
        for (Map.Entry<String, String> e : doc.frontMatter().entrySet()) {
            if (FRONT_MATTER_KEYS.contains(e.getKey().toLowerCase(java.util.Locale.ROOT))) {
                people.addAll(parser.parseList(QUOTES_AND_BRACKETS.matcher(e.getValue()).replaceAll(" ")));
            }
        }
        for (DocSection section : doc.sections()) {
            if (isParticipantHeading(section.heading())) {
                people.addAll(fromList(section));
            } else {
                people.addAll(fromLabels(section));
            }
        }
        return DistinctPeople.of(people);
    }

    /** Every item of a participant section, except those under an "Excused:" label. */
    private List<PersonRef> fromList(DocSection section) {
        List<PersonRef> out = new ArrayList<>();
        Set<Integer> skipped = new HashSet<>();
        List<Block> blocks = section.blocks();
        for (int i = 0; i < blocks.size(); i++) {
            Block b = blocks.get(i);
            if (skipped.contains(i) || b.kind() == BlockKind.CODE || isUnder(section, i, skipped)) {
                continue;
            }
            Optional<LabelledText> label = LabelledText.of(b.text());
            if (label.isPresent() && EXCUSED.matcher(label.get().label()).matches()) {
                skipped.add(i);
                skipped.addAll(BlockTree.introduced(section, i));
            } else if (label.isPresent() && LABEL.matcher(label.get().label()).matches()) {
                out.addAll(parser.parseList(label.get().value()));
            } else if (label.isPresent() && !isPersonLabel(label.get())) {
                continue; // "Rendered text: https://...", "Summary & minutes transfer: @x", "Note: ..."
            } else if (!isLinkOnly(b)) {
                out.addAll(peopleIn(b.text()));
            }
        }
        return out;
    }

    /** "Participants: @a, @b" / "Attendees:" followed by items, in a section that is not a participant list. */
    private List<PersonRef> fromLabels(DocSection section) {
        List<PersonRef> out = new ArrayList<>();
        List<Block> blocks = section.blocks();
        for (int i = 0; i < blocks.size(); i++) {
            Block b = blocks.get(i);
            if (b.kind() == BlockKind.CODE) {
                continue;
            }
            Optional<LabelledText> label = LabelledText.of(b.text());
            if (label.isEmpty() || !LABEL.matcher(label.get().label()).matches()) {
                continue;
            }
            if (label.get().value().isEmpty()) {
                BlockTree.introduced(section, i).forEach(c -> out.addAll(peopleIn(blocks.get(c).text())));
            } else {
                out.addAll(parser.parseList(label.get().value()));
            }
        }
        return out;
    }

    /** "Jane Roe, ACME: product owner" is a person with a remark; "Note: ..." and "Docs: https://..." are not. */
    private static boolean isPersonLabel(LabelledText label) {
        return SPACE_OR_COMMA.matcher(label.label()).find() && !label.label().contains("minute") && !URL.matcher(label.value()).find();
    }

    /** A block that is just a link ("[Project board](https://...)"), unless the link is a GitHub profile. */
    private static boolean isLinkOnly(Block b) {
        String text = b.text().strip();
        return !text.contains("@") && b.links().stream()
                .anyMatch(l -> text.equals(l.text().strip()) && !GITHUB_PROFILE.matcher(l.url()).matches());
    }

    /** One list entry: one person, several handles ("@a, @b"), or one person per line. */
    private List<PersonRef> peopleIn(String text) {
        // one comma is "Name, Company"; more are a list of names
        if (parser.handles(text).size() > 1 || text.chars().filter(c -> c == ',').count() > 1) {
            return parser.parseList(text);
        }
        if (text.contains("\n")) {
            List<PersonRef> out = new ArrayList<>();
            text.lines().forEach(line -> parser.parse(line).ifPresent(out::add));
            return out;
        }
        return parser.parse(text).map(List::of).orElse(List.of());
    }

    private static boolean isUnder(DocSection section, int index, Set<Integer> skipped) {
        int parent = section.blocks().get(index).parent();
        return parent >= 0 && parent < index && (skipped.contains(parent) || isUnder(section, parent, skipped));
    }
}
