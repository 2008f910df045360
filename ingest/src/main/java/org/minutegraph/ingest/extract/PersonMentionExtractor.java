package org.minutegraph.ingest.extract;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.regex.Pattern;
import org.minutegraph.ingest.model.Block;
import org.minutegraph.ingest.model.BlockKind;
import org.minutegraph.ingest.model.DocSection;
import org.minutegraph.ingest.model.PersonRef;

/**
 * The people a section's prose mentions: every {@code @handle} (URLs and inline code are already
 * blanked in {@link Block#prose()}), and whole-word mentions of the names of people known from the
 * same file ("Anna Schmidt" listed as participant). Participant sections mention nobody: they list.
 */
public final class PersonMentionExtractor {

    /** Shorter names ("Ed") match too many ordinary words to count as a mention. */
    private static final int MIN_NAME_LENGTH = 3;

    private final PersonParser parser;
    /** Each known name's word-boundary pattern, compiled once per ingest rather than once per section. */
    private final Map<String, Pattern> namePatterns = new java.util.concurrent.ConcurrentHashMap<>();

    public PersonMentionExtractor(PersonParser parser) {
        this.parser = Objects.requireNonNull(parser, "parser");
    }

    /** Handle mentions only. */
    public Set<PersonRef> extract(DocSection section) {
        return extract(section, List.of());
    }

    /**
     * @param known people of this file (usually its participants); a mention of one of them is
     *     returned as that ref, so a handle mention keeps the name the file gave it
     */
    public Set<PersonRef> extract(DocSection section, Collection<PersonRef> known) {
        Objects.requireNonNull(section, "section");
        Objects.requireNonNull(known, "known");
        if (ParticipantExtractor.isParticipantHeading(section.heading())) {
            return Set.of();
        }
        Map<String, PersonRef> byHandle = new HashMap<>();
        Map<String, PersonRef> byName = new LinkedHashMap<>();
        for (PersonRef p : known) {
            if (p.handle() != null) {
                byHandle.putIfAbsent(p.handle(), p);
            }
            String folded = p.name() == null ? "" : PersonRef.foldName(p.name());
            if (folded.length() >= MIN_NAME_LENGTH) {
                byName.putIfAbsent(folded, p);
            }
        }
        List<PersonRef> out = new ArrayList<>();
        for (Block b : section.blocks()) {
            if (b.kind() == BlockKind.CODE) {
                continue;
            }
            for (String h : parser.handles(b.prose())) {
                out.add(byHandle.getOrDefault(h, PersonRef.ofHandle(h)));
            }
            String folded = PersonRef.foldName(b.prose());
            byName.forEach((name, person) -> {
                // the substring test is cheap and needed; the pattern then checks the word boundaries
                if (folded.contains(name) && namePatterns.computeIfAbsent(name, PersonMentionExtractor::namePattern).matcher(folded).find()) {
                    out.add(person);
                }
            });
        }
        return Collections.unmodifiableSet(new LinkedHashSet<>(DistinctPeople.of(out)));
    }

    private static Pattern namePattern(String folded) {
        return Pattern.compile("(?<![\\p{L}\\p{N}@])" + Pattern.quote(folded) + "(?![\\p{L}\\p{N}])");
    }
}
