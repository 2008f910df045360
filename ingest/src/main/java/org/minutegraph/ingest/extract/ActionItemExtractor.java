package org.minutegraph.ingest.extract;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;
import org.minutegraph.ingest.model.ActionItem;
import org.minutegraph.ingest.model.ActionStatus;
import org.minutegraph.ingest.model.Block;
import org.minutegraph.ingest.model.BlockKind;
import org.minutegraph.ingest.model.DocSection;
import org.minutegraph.ingest.model.MinutesDocument;
import org.minutegraph.ingest.model.PersonRef;
import org.minutegraph.ingest.model.TaskState;

/**
 * The action items of a minutes file, at most one per block, in document order. A block is an
 * action item when it is a task-list item ({@code - [ ] x}), carries an "AI"/"TODO" marker, starts
 * a sentence with "@a will ..." / "@a to ...", or sits at the top of a section headed "Action items"
 * / "AIs" / "ToDos" / "Tasks" (or under a block that is just such a label, "AIs:").
 *
 * <p>Status: {@link ActionStatus#DONE} when the item is struck through, ticked, or says "(done)",
 * "DONE:", "✅", "erledigt"; {@link ActionStatus#OPEN} when it is an unticked checkbox or says
 * "(open)"; {@link ActionStatus#UNKNOWN} otherwise, since "AI: x" alone does not say whether x
 * has happened by the time anyone reads the file.
 */
public final class ActionItemExtractor {

    private static final Pattern ACTION_HEADING = Pattern.compile(
            "(?:(?:check|review|open|new|old|previous|last week'?s?|follow-?up(?: on)?)\\s+)?"
                    + "(?:(?:ais?|ai's|ai ?s)(?:\\s+(?:from|of|since|for)\\b.*)?"
                    + "|(?:action items?|action points?|todos?|to-?dos?|open tasks|next steps|aufgaben)\\b.*"
                    + "|(?:actions?|tasks?)(?:\\s+(?:from|of|for)\\b.*)?)");
    private static final Pattern DONE = Pattern.compile(
            "(?i)\\((?:done|erledigt|fixed|completed?|closed|finished)\\b[^)]*\\)|^\\s*(?:done|erledigt)\\s*[:!\\-–]"
                    + "|[✅✔☑]|:white_check_mark:|:heavy_check_mark:|\\berledigt\\b|\\[done]|\\s[-–]\\s*done\\s*$");
    private static final Pattern OPEN = Pattern.compile("(?i)\\((?:open|pending|in progress|ongoing|not done)\\)|^\\s*open\\s*:");
    private static final Pattern CHECKBOX = Pattern.compile("^\\s*\\[[ xX]]\\s*");

    private final PersonParser parser;
    private final ActionMarker marker;

    public ActionItemExtractor(PersonParser parser) {
        this.parser = Objects.requireNonNull(parser, "parser");
        this.marker = new ActionMarker(parser);
    }

    /** True for headings such as "Action items", "AIs from last meeting", "ToDos", "Tasks". */
    public static boolean isActionHeading(String heading) {
        return ACTION_HEADING.matcher(HeadingText.normalise(heading)).matches();
    }

    public List<ActionItem> extract(MinutesDocument doc) {
        Objects.requireNonNull(doc, "doc");
        List<ActionItem> items = new ArrayList<>();
        for (DocSection section : doc.sections()) {
            items.addAll(extract(section));
        }
        return List.copyOf(items);
    }

    /** The action items of one section. */
    public List<ActionItem> extract(DocSection section) {
        Objects.requireNonNull(section, "section");
        boolean actionSection = isActionHeading(section.heading());
        boolean participantSection = ParticipantExtractor.isParticipantHeading(section.heading());
        List<Block> blocks = section.blocks();
        Set<Integer> byPosition = new HashSet<>();
        List<ActionItem> items = new ArrayList<>();
        for (int i = 0; i < blocks.size(); i++) {
            Block b = blocks.get(i);
            if (b.kind() == BlockKind.CODE || b.text().isBlank()) {
                continue;
            }
            if (isActionLabel(b.text())) {
                byPosition.addAll(BlockTree.introduced(section, i));
                continue;
            }
            String text = CHECKBOX.matcher(b.text().strip()).replaceFirst("");
            Optional<OwnedTask> task = marker.marked(text);
            if (task.isEmpty() && b.task() != TaskState.NONE) {
                task = Optional.of(withOwnersAnywhere(marker.unmarked(text), text));
            }
            if (task.isEmpty() && !participantSection) {
                task = marker.will(text);
            }
            if (task.isEmpty() && (byPosition.contains(i) || actionSection && b.parent() == -1)) {
                task = Optional.of(marker.unmarked(text));
            }
            task.ifPresent(t -> items.add(item(section, b, t, contextOf(section, b))));
        }
        return items;
    }

    /** A block that only introduces action items: "AIs:", "Action items:", "TODO:". */
    private static boolean isActionLabel(String text) {
        String t = text.strip();
        return t.endsWith(":") && isActionHeading(t.substring(0, t.length() - 1));
    }

    private OwnedTask withOwnersAnywhere(OwnedTask task, String text) {
        if (!task.owners().isEmpty()) {
            return task;
        }
        return new OwnedTask(parser.handles(text).stream().map(PersonRef::ofHandle).toList(), task.text());
    }

    private static String contextOf(DocSection section, Block b) {
        int parent = b.parent();
        return parent >= 0 && parent < section.blocks().size() ? section.blocks().get(parent).text() : "";
    }

    private static ActionItem item(DocSection section, Block b, OwnedTask task, String context) {
        String text = task.text();
        if (text.isEmpty()) {
            // "AI @x" alone under a bullet: the bullet says what to do
            text = context.isBlank() ? ActionMarker.tidy(b.text()) : ActionMarker.tidy(context);
        }
        text = ActionMarker.tidy(DONE.matcher(text).replaceAll(" "));
        return new ActionItem(section.index(), text, task.owners(), status(b), b.startLine(), b.endLine());
    }

    private static ActionStatus status(Block b) {
        if (b.struckThrough() || b.task() == TaskState.DONE || DONE.matcher(b.text()).find()) {
            return ActionStatus.DONE;
        }
        if (b.task() == TaskState.OPEN || OPEN.matcher(b.text()).find()) {
            return ActionStatus.OPEN;
        }
        return ActionStatus.UNKNOWN;
    }
}
