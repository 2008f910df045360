package org.minutegraph.ingest.pipeline;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ForkJoinPool;
import java.util.concurrent.ForkJoinTask;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Collectors;
import java.util.stream.IntStream;

import org.apache.jena.rdf.model.Model;
import org.minutegraph.ingest.extract.ExtractionSettings;
import org.minutegraph.ingest.extract.GitHubRefs;
import org.minutegraph.ingest.extract.MeetingExtractor;
import org.minutegraph.ingest.extract.MeetingLinkResolver;
import org.minutegraph.ingest.extract.PersonFilter;
import org.minutegraph.ingest.extract.ToolVocabulary;
import org.minutegraph.ingest.model.IngestWarning;
import org.minutegraph.ingest.model.Meeting;
import org.minutegraph.ingest.model.MinutesDocument;
import org.minutegraph.ingest.parse.MinutesParser;
import org.minutegraph.ingest.parse.UnreadableMinutesException;
import org.minutegraph.ingest.source.GitMinutesSource;
import org.minutegraph.ingest.source.MinutesFile;
import org.minutegraph.ingest.source.SourceConfig;
import org.minutegraph.ingest.source.SourceScan;

/** Source, parse and extract: files in, meetings (or the reason there is none) out. */
final class MinutesReader {

    /** What became of one file, and how long parsing and extracting it took on its thread. */
    record Result(MinutesFile file, Optional<Meeting> meeting, List<IngestWarning> warnings, long parseNanos, long extractNanos) {
        Result {
            Objects.requireNonNull(file, "file");
            Objects.requireNonNull(meeting, "meeting");
            warnings = List.copyOf(warnings);
        }
    }

    private MinutesReader() {
    }

    /** The text of a file the parser accepted (so it is valid UTF-8); a leading byte order mark is dropped. */
    static String text(MinutesFile file) {
        String s = new String(file.content(), java.nio.charset.StandardCharsets.UTF_8);
        return s.startsWith("\uFEFF") ? s.substring(1) : s;
    }

    static SourceScan scan(SourceConfig config) {
        return new GitMinutesSource(config).scan();
    }

    static MeetingExtractor extractor(IngestConfig config, Model vocabulary, SourceScan scan) {
        Set<String> known = scan.files().stream().map(MinutesFile::sourcePath).collect(Collectors.toSet());
        GitHubRefs github = GitHubRefs.of(config.githubOwner());
        PersonFilter people = PersonFilter.defaults().withExcludedHandles(config.organisations());
        return new MeetingExtractor(new ExtractionSettings(ToolVocabulary.from(vocabulary), github,
                new MeetingLinkResolver(config.minutesBaseUrls(), known), people));
    }

    /**
     * Reads every file on every processor; the results come in source order. Each thread takes the
     * next file as it finishes one, largest files first, so the threads end together: a parallel
     * stream hands each thread fixed quarters of the list, and one thread could be left with a
     * heavy quarter for most of a second while the other waited.
     */
    static List<Result> readAll(java.nio.file.Path root, List<MinutesFile> files, MeetingExtractor extractor, IngestListener listener) {
        MinutesParser parser = new MinutesParser();
        Result[] results = new Result[files.size()];
        int[] order = IntStream.range(0, files.size()).boxed()
                .sorted(Comparator.comparingInt((Integer i) -> files.get(i).content().length).reversed())
                .mapToInt(Integer::intValue).toArray();
        AtomicInteger next = new AtomicInteger();
        Object progress = new Object();
        Runnable worker = () -> {
            for (int k = next.getAndIncrement(); k < order.length; k = next.getAndIncrement()) {
                results[order[k]] = read(root, files.get(order[k]), parser, extractor);
                synchronized (progress) {
                    listener.step();
                }
            }
        };
        int helpers = Math.min(files.size(), Runtime.getRuntime().availableProcessors()) - 1;
        List<ForkJoinTask<?>> tasks = new ArrayList<>();
        for (int i = 0; i < helpers; i++) {
            tasks.add(ForkJoinPool.commonPool().submit(worker));
        }
        try {
            worker.run();
        } finally {
            tasks.forEach(ForkJoinTask::join);
        }
        return List.of(results);
    }

    private static final java.util.regex.Pattern YEAR_MONTH =
            java.util.regex.Pattern.compile("(?<!\\d)(20\\d\\d)[-_.]?(0[1-9]|1[0-2])(?![-_.]?\\d)");

    /**
     * A file without a full date still lands, dated as well as it can be: a year and month in its
     * path or title give the first of that month, else the file's modification date. Both are reported.
     */
    static LocalDate fallbackDate(java.nio.file.Path root, MinutesFile file, MinutesDocument doc, List<IngestWarning> warnings) {
        for (String text : List.of(file.sourcePath(), doc.title())) {
            var m = YEAR_MONTH.matcher(text);
            if (m.find()) {
                LocalDate first = LocalDate.of(Integer.parseInt(m.group(1)), Integer.parseInt(m.group(2)), 1);
                warnings.add(new IngestWarning(file.sourcePath(), 0, "only a month (" + m.group() + ") names the meeting date; dated "
                        + first + " (name the file YYYY-MM-DD.md to fix)"));
                return first;
            }
        }
        LocalDate modified;
        try {
            modified = java.time.LocalDate.ofInstant(java.nio.file.Files.getLastModifiedTime(root.resolve(file.sourcePath())).toInstant(),
                    java.time.ZoneOffset.UTC);
        } catch (java.io.IOException e) {
            modified = LocalDate.of(1970, 1, 1);
        }
        warnings.add(new IngestWarning(file.sourcePath(), 0, "no meeting date in the file name, folder, front matter or title; dated "
                + modified + " from the file's modification time (name the file YYYY-MM-DD.md to fix)"));
        return modified;
    }

    static Result read(java.nio.file.Path root, MinutesFile file, MinutesParser parser, MeetingExtractor extractor) {
        long t0 = System.nanoTime();
        MinutesDocument doc;
        try {
            doc = parser.parse(file);
        } catch (UnreadableMinutesException e) {
            return new Result(file, Optional.empty(), List.of(e.toWarning()), System.nanoTime() - t0, 0);
        }
        long t1 = System.nanoTime();
        List<IngestWarning> dateWarnings = new ArrayList<>();
        LocalDate date = doc.date().orElseGet(() -> fallbackDate(root, file, doc, dateWarnings));
        try {
            Meeting meeting = extractor.extract(doc, date);
            List<IngestWarning> warnings = new ArrayList<>(dateWarnings);
            warnings.addAll(meeting.warnings());
            return new Result(file, Optional.of(meeting), warnings, t1 - t0, System.nanoTime() - t1);
        } catch (RuntimeException e) {
            // An extractor bug must not cost the other files: report it like bad input.
            List<IngestWarning> w = new ArrayList<>(doc.warnings());
            w.add(new IngestWarning(file.sourcePath(), 0, "could not extract (" + e + "); skipped"));
            return new Result(file, Optional.empty(), w, t1 - t0, System.nanoTime() - t1);
        }
    }
}
