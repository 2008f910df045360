package org.minutegraph.ingest.extract;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

import org.minutegraph.ingest.model.Block;
import org.minutegraph.ingest.model.BlockKind;
import org.minutegraph.ingest.model.DocSection;
import org.minutegraph.ingest.model.IngestWarning;
import org.minutegraph.ingest.model.Link;
import org.minutegraph.ingest.model.Meeting;
import org.minutegraph.ingest.model.MeetingSection;
import org.minutegraph.ingest.model.MinutesDocument;
import org.minutegraph.ingest.model.PersonRef;

/**
 * Runs every extractor over one parsed document and assembles the {@link Meeting}: secrets are
 * redacted first, so no extractor and no writer ever sees them.
 */
public final class MeetingExtractor {

    private final SecretRedactor redactor = new SecretRedactor();
    private final ParticipantExtractor participants;
    private final MinuteTakerExtractor minuteTakers;
    private final SponsorExtractor sponsors;
    private final PersonMentionExtractor mentions;
    private final ActionItemExtractor actions;
    private final DecisionExtractor decisions;
    private final ToolMatcher tools;
    private final ToolVocabulary vocabulary;
    private final TopicNormalizer topics = new TopicNormalizer();
    private final ReferenceExtractor references;
    private final MeetingLinkResolver links;

    public MeetingExtractor(ExtractionSettings settings) {
        Objects.requireNonNull(settings, "settings");
        PersonParser people = new PersonParser(settings.people());
        this.participants = new ParticipantExtractor(people);
        this.minuteTakers = new MinuteTakerExtractor(people);
        this.sponsors = new SponsorExtractor(people);
        this.mentions = new PersonMentionExtractor(people);
        this.actions = new ActionItemExtractor(people);
        this.decisions = new DecisionExtractor();
        this.tools = new ToolMatcher(settings.tools());
        this.vocabulary = settings.tools();
        this.references = new ReferenceExtractor(settings.github());
        this.links = settings.meetingLinks();
    }

    /** The meeting of a parsed document, dated {@code date} (the pipeline decides what an undated file means). */
    public Meeting extract(MinutesDocument parsed, LocalDate date) {
        Redaction redaction = redactor.redact(parsed);
        MinutesDocument doc = redaction.document();
        List<IngestWarning> warnings = new ArrayList<>(doc.warnings());
        warnings.addAll(redaction.warnings());

        List<PersonRef> present = participants.extract(doc);
        List<MeetingSection> sections = new ArrayList<>();
        Set<String> allReferences = new HashSet<>();
        Set<String> allLinks = new HashSet<>();
        for (DocSection s : doc.sections()) {
            MeetingSection section = section(doc, s, present);
            sections.add(section);
            allReferences.addAll(section.references());
            allLinks.addAll(section.meetingLinks());
        }
        return new Meeting(doc.sourcePath(), doc.series(), date, doc.title(), present, minuteTakers.extract(doc),
                sections, actions.extract(doc), decisions.extract(doc), allReferences, allLinks, warnings);
    }

    private MeetingSection section(MinutesDocument doc, DocSection s, List<PersonRef> present) {
        List<Block> prose = s.blocks().stream().filter(b -> b.kind() != BlockKind.CODE).toList();
        String proseText = prose.stream().map(Block::prose).collect(Collectors.joining("\n"));
        String context = s.heading() + "\n" + proseText;
        Optional<org.minutegraph.ingest.model.TopicRef> topic = isListing(s) ? Optional.empty() : topics.topic(s.heading(), s.level());
        Set<String> toolIris = new java.util.LinkedHashSet<>(tools.toolIris(context, context));
        // A section titled with a tool's name is about that tool, even when the name is an everyday
        // phrase that needs context elsewhere ("Status Page", "Status Page (@x)", "Matrix").
        topic.flatMap(t -> vocabulary.toolIriForLabel(t.label())).ifPresent(toolIris::add);

        Set<String> meetingLinks = new HashSet<>();
        for (Block b : s.blocks()) {
            for (Link link : b.links()) {
                links.resolve(link.url(), doc.sourcePath()).filter(p -> !p.equals(doc.sourcePath())).ifPresent(meetingLinks::add);
            }
        }
        Set<String> refs = new HashSet<>(references.fromSection(s));
        refs.addAll(references.fromText(s.heading()));

        String text = prose.stream().map(Block::text).collect(Collectors.joining("\n"));
        return new MeetingSection(s.index(), s.heading(), s.level(), s.startLine(), s.endLine(), s.parent(), topic,
                toolIris, mentions.extract(s, present), sponsors.extract(s), refs, meetingLinks, text);
    }

    /** Participant and minute-taker sections list people; they are not agenda topics. */
    private static boolean isListing(DocSection s) {
        return ParticipantExtractor.isParticipantHeading(s.heading()) || MinuteTakerExtractor.isMinuteTakerHeading(s.heading());
    }
}
