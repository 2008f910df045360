package org.minutegraph.ingest.extract;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.minutegraph.ingest.model.Block;
import org.minutegraph.ingest.model.BlockKind;
import org.minutegraph.ingest.model.Decision;
import org.minutegraph.ingest.model.DocSection;
import org.minutegraph.ingest.model.MinutesDocument;

/**
 * The decisions a minutes file records, at most one per block, in document order:
 * <ul>
 *   <li>labels: "Decision: x", "DECISION: x", "Decided: x", "Agreed: x", "Agreement: x",
 *       "Consensus: x", "Resolution: x", "Conclusion: x", "Result of discussion: x" (text = x);
 *       "Result: x" only where the section or the enclosing item is about a discussion or vote;</li>
 *   <li>a label alone ("Decisions:") makes each item it introduces a decision, and so does a
 *       heading that is only "Decision(s)" / "Agreements" / "Conclusions" for its top-level items;</li>
 *   <li>phrases: "we decided ...", "it was decided ...", "decided that/to ..." at the start,
 *       "we agreed ...", "consensus is/was to ...", "there is consensus that ..." (text = the block).</li>
 * </ul>
 * Announcements and open questions are not decisions: "needs a decision", "decision pending",
 * "to be decided", "no decision yet", "should decide", "decision making", anything ending in "?".
 */
public final class DecisionExtractor {

    private static final Pattern LABEL = Pattern.compile(
            "(?i)^\\s*(?:(?:->|=>|-->|→)\\s*)?(?:final\\s+|basic\\s+)?"
                    + "(decisions?|decided|agreed(?:\\s+solution|\\s+upon)?|agreements?|consensus|resolution|results?"
                    + "|result of (?:the )?discussion|conclusions?|beschluss|beschlossen)"
                    + "(?:\\s*\\([^)]*\\))?(?:\\s+(?:from|among|in)\\s[^:,@]{0,50})?\\s*:\\s*(.*)$",
            Pattern.DOTALL);
    private static final Pattern PHRASE = Pattern.compile("(?i)"
            + "\\b(?:we|it was|it has been|it's been|the team|the group|the sig|all)\\s+(?:have\\s+|all\\s+)?(?:decided|agreed|resolved)\\b"
            + "|^\\s*(?:(?:->|=>|→)\\s*)?(?:decided|agreed)\\s+(?:to|that|on|upon)\\b"
            + "|^\\s*(?:(?:->|=>|→)\\s*)?(?:decision\\s+(?:(?:taken|made)\\s+)?(?:to|that)|(?:agreement|consensus)\\s+(?:reached\\s+)?(?:to|that|on))\\b"
            + "|\\b(?:decision|result of (?:the )?discussion|consensus|agreement)\\s+(?:was|is)\\s+(?:to|that)\\b"
            + "|\\b(?:there is|there was|there's|we have|we reached|reached)\\s+(?:a\\s+)?(?:general\\s+|broad\\s+|rough\\s+)?"
            + "(?:consensus|agreement)\\s+(?:that|to|on)\\b"
            + "|\\bresulted in a decision\\b");
    private static final Pattern UNDECIDED = Pattern.compile("(?i)"
            + "\\bneeds?\\s+(?:a\\s+)?decision|\\bdecisions?\\s+(?:is\\s+|are\\s+)?(?:needed|required|pending)|\\bpending\\s+decision"
            + "|\\b(?:to be|not(?: yet)?|yet to be|can ?not be|cannot be|needs to be)\\s+decided|\\bno\\s+(?:\\w+\\s+)?decision"
            + "|\\b(?:should|will|shall|must|need to|have to|to)\\s+decide\\b|\\bdecide\\s+later\\b|\\bdecision[- ]making"
            + "|\\bno\\s+(?:\\w+\\s+)?(?:agreement|consensus)|\\bnot(?: yet)? agreed|\\bwaiting for (?:a )?decision"
            + "|\\bdecision is being prepared|\\btbd\\b|\\?\\s*$");
    private static final Pattern DECISION_HEADING = Pattern.compile(
            "(?:decisions?(?:\\s+(?:made|taken))?|agreements?|agreed|beschl(?:ü|ue)sse?|conclusions?|outcomes?|resolutions?)");
    /** A nested item that only approves its parent: "- Agreement", "- accepted". */
    private static final Pattern APPROVAL = Pattern.compile(
            "(?i)\\s*(?:(?:->|=>)\\s*)?(?:agreement|agreed|consensus|accepted|approved|decision taken|decided)\\s*[.!]?\\s*");
    private static final Pattern DISCUSSION = Pattern.compile("(?i)\\b(?:discuss\\w*|decision|decid\\w*|vot\\w+|poll)\\b");

    /** True for a heading that is only "Decision(s)", "Agreements", "Conclusions" (decoration allowed). */
    public static boolean isDecisionHeading(String heading) {
        return DECISION_HEADING.matcher(HeadingText.normalise(heading)).matches();
    }

    public List<Decision> extract(MinutesDocument doc) {
        Objects.requireNonNull(doc, "doc");
        List<Decision> out = new ArrayList<>();
        for (DocSection section : doc.sections()) {
            out.addAll(extract(section));
        }
        return List.copyOf(out);
    }

    /** The decisions of one section. */
    public List<Decision> extract(DocSection section) {
        Objects.requireNonNull(section, "section");
        List<Block> blocks = section.blocks();
        TreeSet<Integer> byPosition = new TreeSet<>();
        List<Decision> out = new ArrayList<>();
        boolean decisionSection = isDecisionHeading(section.heading());
        for (int i = 0; i < blocks.size(); i++) {
            Block b = blocks.get(i);
            if (b.kind() == BlockKind.CODE || b.text().isBlank()) {
                continue;
            }
            Optional<String> labelled = labelled(section, i);
            if (labelled.isPresent() && labelled.get().isEmpty()) {
                byPosition.addAll(BlockTree.introduced(section, i));
                continue;
            }
            if (APPROVAL.matcher(b.text()).matches() && b.parent() >= 0 && b.parent() < i) {
                Block approved = blocks.get(b.parent());
                if (out.stream().noneMatch(d -> d.startLine() == approved.startLine())) {
                    out.add(new Decision(section.index(), ActionMarker.tidy(approved.text()), approved.startLine(), approved.endLine()));
                }
                continue;
            }
            Optional<String> text = labelled.or(() -> phrase(b.text()));
            if (text.isEmpty() && (byPosition.contains(i) || decisionSection && b.parent() == -1)) {
                text = Optional.of(b.text()).filter(t -> !UNDECIDED.matcher(t).find());
            }
            text.map(ActionMarker::tidy).filter(t -> !t.isEmpty())
                    .ifPresent(t -> out.add(new Decision(section.index(), t, b.startLine(), b.endLine())));
        }
        out.sort(java.util.Comparator.comparingInt(Decision::startLine));
        return out;
    }

    /**
     * The text after a decision label; empty string for a label alone ("Decisions:"); absent when
     * the block has no such label or the labelled text is still undecided.
     */
    private static Optional<String> labelled(DocSection section, int index) {
        Block b = section.blocks().get(index);
        Matcher m = LABEL.matcher(b.text().strip());
        if (!m.matches()) {
            return Optional.empty();
        }
        if (m.group(1).toLowerCase(java.util.Locale.ROOT).startsWith("result") && !m.group(1).contains(" ")
                && !aboutDiscussion(section, b)) {
            return Optional.empty();
        }
        String rest = m.group(2).strip();
        return UNDECIDED.matcher(rest).find() ? Optional.empty() : Optional.of(rest);
    }

    private static boolean aboutDiscussion(DocSection section, Block b) {
        String parent = b.parent() >= 0 && b.parent() < section.blocks().size() ? section.blocks().get(b.parent()).text() : "";
        return DISCUSSION.matcher(section.heading()).find() || DISCUSSION.matcher(parent).find();
    }

    private static Optional<String> phrase(String text) {
        // every PHRASE alternative holds one of these words: skip the regexes when none is there
        if (!AsciiKeywords.containsAny(text, "deci", "agree", "resolved", "consensus", "discussion")
                || !PHRASE.matcher(text).find() || UNDECIDED.matcher(text).find()) {
            return Optional.empty();
        }
        return Optional.of(text);
    }
}
