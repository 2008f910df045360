package org.minutegraph.ingest.extract;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.minutegraph.ingest.model.Block;
import org.minutegraph.ingest.model.BlockKind;
import org.minutegraph.ingest.model.DocSection;
import org.minutegraph.ingest.model.PersonRef;

/**
 * The people a section names as sponsor of its topic: "sponsor: @x" (or "Sponsor @x", "sponsored
 * by Jane Roe") lines among its blocks, and "(@x)" / "(@x, @y)" at the end of its heading.
 */
public final class SponsorExtractor {

    /** "sponsor:" with any value, or "sponsor" directly followed by a handle. */
    private static final Pattern SPONSOR_LINE = Pattern.compile(
            "(?i)^\\s*(?:(?:sponsors?|topic sponsor)\\s*(?::\\s*(.+)|\\s(@.+))|sponsored by:?\\s+(.+))$", Pattern.DOTALL);
    private static final Pattern HEADING_PEOPLE = Pattern.compile("\\(([^()]*@[^()]*)\\)\\s*$");

    private final PersonParser parser;

    public SponsorExtractor(PersonParser parser) {
        this.parser = Objects.requireNonNull(parser, "parser");
    }

    public Set<PersonRef> extract(DocSection section) {
        Objects.requireNonNull(section, "section");
        List<PersonRef> out = new ArrayList<>();
        Matcher heading = HEADING_PEOPLE.matcher(section.heading());
        if (heading.find()) {
            parser.handles(heading.group(1)).forEach(h -> out.add(PersonRef.ofHandle(h)));
        }
        for (Block b : section.blocks()) {
            if (b.kind() == BlockKind.CODE) {
                continue;
            }
            Matcher m = SPONSOR_LINE.matcher(b.text().strip());
            if (m.matches()) {
                String value = m.group(1) != null ? m.group(1) : m.group(2) != null ? m.group(2) : m.group(3);
                out.addAll(parser.parseList(value.split("[;\\n]")[0]));
            }
        }
        return Collections.unmodifiableSet(new LinkedHashSet<>(DistinctPeople.of(out)));
    }
}
