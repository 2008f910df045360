package org.minutegraph.server.search;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.minutegraph.ingest.index.IndexConfig;
import org.minutegraph.ingest.model.Meeting;
import org.minutegraph.ingest.model.MeetingSection;
import org.minutegraph.ingest.model.PersonRef;

/**
 * A line-based stand-in for the real parse/extract pipeline, for search tests on the real corpus
 * until the store can be built: headings split sections, @handles are people, vocabulary labels
 * are tools. Replace by the store the lead's ingest writes ({@code -Dminutegraph.store=DIR}).
 */
final class RoughCorpus {

    static final Path CORPUS = Path.of(System.getProperty("minutegraph.repo", ".")).resolve("../shared/corpus/scs-minutes").normalize();
    private static final Pattern HEADING = Pattern.compile("^(#{1,6})\\s+(.*)$");
    private static final Pattern HANDLE = Pattern.compile("(?<![\\w.])@([A-Za-z0-9][A-Za-z0-9-]{1,38})");
    private static final Pattern DATE = Pattern.compile("(20\\d\\d)-?(\\d\\d)-?(\\d\\d)");

    private RoughCorpus() {
    }

    static Path corpus() {
        Path configured = Path.of(System.getProperty("minutegraph.corpus", CORPUS.toString()));
        return Files.isDirectory(configured) ? configured : Path.of("/work/shared/corpus/scs-minutes");
    }

    static List<Meeting> read(Path root, ConceptVocabulary vocabulary) {
        try (Stream<Path> files = Files.walk(root)) {
            List<Meeting> meetings = new ArrayList<>();
            for (Path file : files.filter(f -> f.toString().endsWith(".md")).sorted().toList()) {
                String rel = root.relativize(file).toString().replace('\\', '/');
                if (!rel.contains("/")) {
                    continue;
                }
                meetings.add(meeting(rel, Files.readAllLines(file, StandardCharsets.UTF_8), vocabulary));
            }
            return meetings;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static Meeting meeting(String path, List<String> lines, ConceptVocabulary vocabulary) {
        Matcher d = DATE.matcher(path);
        LocalDate date = LocalDate.EPOCH;
        if (d.find()) {
            try {
                date = LocalDate.of(Integer.parseInt(d.group(1)), Integer.parseInt(d.group(2)), Integer.parseInt(d.group(3)));
            } catch (java.time.DateTimeException ignored) {
                // not a date after all
            }
        }
        List<MeetingSection> sections = new ArrayList<>();
        Set<PersonRef> participants = new LinkedHashSet<>();
        String heading = "";
        int level = 0;
        int start = 1;
        StringBuilder text = new StringBuilder();
        boolean code = false;
        int[] parents = new int[7];
        java.util.Arrays.fill(parents, -1);
        for (int i = 0; i <= lines.size(); i++) {
            String line = i < lines.size() ? lines.get(i) : null;
            if (line != null && line.strip().startsWith("```")) {
                code = !code;
                continue;
            }
            Matcher h = line == null || code ? null : HEADING.matcher(line);
            if (line == null || (h != null && h.matches())) {
                int parent = -1;
                for (int l = level - 1; l >= 1; l--) {
                    if (parents[l] >= 0) {
                        parent = parents[l];
                        break;
                    }
                }
                String body = text.toString().strip();
                Set<PersonRef> people = handles(body);
                if (IndexConfig.DEFAULT_PARTICIPANT_HEADING.matcher(heading).matches()) {
                    participants.addAll(people);
                }
                int index = sections.size();
                sections.add(new MeetingSection(index, heading, level, start, Math.max(start, i), parent, Optional.empty(),
                        tools(heading + "\n" + body, vocabulary), people, Set.of(), Set.of(), Set.of(), body));
                if (level > 0) {
                    parents[level] = index;
                    for (int l = level + 1; l < 7; l++) {
                        parents[l] = -1;
                    }
                }
                if (line != null) {
                    level = h.group(1).length();
                    heading = h.group(2).replaceAll("<[^>]+>", "").strip();
                    start = i + 1;
                    text.setLength(0);
                }
            } else if (!code) {
                text.append(line).append('\n');
            }
        }
        String series = path.substring(0, path.indexOf('/'));
        String title = sections.stream().map(MeetingSection::heading).filter(s -> !s.isBlank()).findFirst().orElse(path);
        return new Meeting(path, series, date, title, List.copyOf(participants), List.of(), sections, List.of(), List.of(),
                Set.of(), Set.of(), List.of());
    }

    private static Set<PersonRef> handles(String text) {
        Set<PersonRef> people = new LinkedHashSet<>();
        Matcher m = HANDLE.matcher(text);
        while (m.find()) {
            people.add(PersonRef.ofHandle(m.group(1)));
        }
        return people;
    }

    private static Set<String> tools(String text, ConceptVocabulary vocabulary) {
        Set<String> tools = new LinkedHashSet<>();
        String normal = " " + LabelNormalizer.normalize(text) + " ";
        for (Concept c : vocabulary.concepts()) {
            if (c.kind() == Concept.Kind.TOOL && c.allLabels().stream()
                    .anyMatch(l -> normal.contains(" " + LabelNormalizer.normalize(l).toLowerCase(Locale.ROOT) + " "))) {
                tools.add(c.iri());
            }
        }
        return tools;
    }
}
