package org.minutegraph.ingest.parse;

import com.vladsch.flexmark.ext.autolink.AutolinkExtension;
import com.vladsch.flexmark.ext.gfm.strikethrough.StrikethroughExtension;
import com.vladsch.flexmark.ext.gfm.tasklist.TaskListExtension;
import com.vladsch.flexmark.ext.tables.TablesExtension;
import com.vladsch.flexmark.ext.yaml.front.matter.AbstractYamlFrontMatterVisitor;
import com.vladsch.flexmark.ext.yaml.front.matter.YamlFrontMatterExtension;
import com.vladsch.flexmark.parser.Parser;
import com.vladsch.flexmark.util.ast.Document;
import com.vladsch.flexmark.util.data.MutableDataSet;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import org.minutegraph.ingest.model.DocSection;
import org.minutegraph.ingest.model.IngestWarning;
import org.minutegraph.ingest.model.MinutesDocument;
import org.minutegraph.ingest.source.MinutesFile;

/**
 * Parses one minutes file into a {@link MinutesDocument}: title, date, front matter and sections
 * of blocks with exact line numbers. Build one parser and share it: {@link #parse} is thread-safe.
 */
public final class MinutesParser {

    private final Parser parser;
    private final FileLimits limits;

    /** A parser with the {@linkplain FileLimits#defaults() default limits}. */
    public MinutesParser() {
        this(FileLimits.defaults());
    }

    public MinutesParser(FileLimits limits) {
        this.limits = Objects.requireNonNull(limits, "limits");
        MutableDataSet options = new MutableDataSet();
        options.set(Parser.EXTENSIONS, List.of(TablesExtension.create(), AutolinkExtension.create(),
                TaskListExtension.create(), StrikethroughExtension.create(), YamlFrontMatterExtension.create()));
        this.parser = Parser.builder(options).build();
    }

    /**
     * @throws UnreadableMinutesException when the file is empty, blank, binary, not UTF-8 or cannot
     *     be parsed; it names the path, the line (0 for the whole file) and the reason
     */
    public MinutesDocument parse(MinutesFile file) throws UnreadableMinutesException {
        Objects.requireNonNull(file, "file");
        TextLimit.Kept kept = TextLimit.apply(MinutesText.decode(file), limits);
        String text = kept.text();
        List<IngestWarning> warnings = new ArrayList<>();
        DeepIndentation.Capped capped = DeepIndentation.cap(text);
        capped.firstLine().ifPresent(line -> warnings.add(new IngestWarning(file.sourcePath(), line,
                "indentation deeper than " + DeepIndentation.MAX_COLUMNS + " columns was cut to that; deeper nesting is flattened")));
        try {
            Document document = parser.parse(capped.text());
            LineIndex rawLines = new LineIndex(text);
            LineIndex lines = capped.text() == text ? rawLines : new LineIndex(capped.text());
            SectionCollector collector = new SectionCollector(document, lines, rawLines, limits);
            List<DocSection> sections = collector.collect();
            // The collector stops before the text ends, so its cut, when there is one, is the first.
            SectionCollector.Cut cut = collector.cut().orElse(kept.cutLine() > 0 ? new SectionCollector.Cut(kept.cutLine(), kept.reason()) : null);
            if (cut != null) {
                warnings.add(new IngestWarning(file.sourcePath(), cut.line(), "cut here: " + cut.reason()
                        + "; this line and the rest of the file are left out of the graph, the search index and the meeting page"
                        + " (split the file to keep it all)"));
            }
            Map<String, String> frontMatter = frontMatter(document);
            String title = title(file.sourcePath(), sections, frontMatter);
            return new MinutesDocument(file.sourcePath(), file.series(), title,
                    date(file.sourcePath(), frontMatter, title), frontMatter, sections, rawLines.lineCount(), warnings);
        } catch (StackOverflowError | RuntimeException e) {
            // A parser bug must cost one file, not the ingest: report it like any unreadable file.
            throw new UnreadableMinutesException(file.sourcePath(), 0,
                    "markdown could not be parsed (" + e.getClass().getSimpleName() + ": " + e.getMessage() + ")", e);
        }
    }

    private static Map<String, String> frontMatter(Document document) {
        AbstractYamlFrontMatterVisitor visitor = new AbstractYamlFrontMatterVisitor();
        visitor.visit(document);
        Map<String, String> flat = new LinkedHashMap<>();
        visitor.getData().forEach((key, values) -> flat.put(key, String.join(", ", values.stream().map(MinutesParser::unquote).toList())));
        return flat;
    }

    private static String unquote(String value) {
        String v = value.strip();
        if (v.length() >= 2 && (v.startsWith("\"") && v.endsWith("\"") || v.startsWith("'") && v.endsWith("'"))) {
            return v.substring(1, v.length() - 1);
        }
        return v;
    }

    private static String title(String sourcePath, List<DocSection> sections, Map<String, String> frontMatter) {
        for (DocSection s : sections) {
            if (s.level() > 0 && !s.heading().isBlank()) {
                return s.heading();
            }
        }
        String fromFrontMatter = frontMatter.getOrDefault("title", "");
        return fromFrontMatter.isBlank() ? stem(fileName(sourcePath)) : fromFrontMatter;
    }

    /** File name, then dated folders from the nearest out, then front matter, then title. */
    static Optional<LocalDate> date(String sourcePath, Map<String, String> frontMatter, String title) {
        Optional<LocalDate> date = MeetingDates.find(stem(fileName(sourcePath)));
        String[] folders = sourcePath.split("/");
        for (int i = folders.length - 2; date.isEmpty() && i >= 0; i--) {
            date = MeetingDates.find(folders[i]);
        }
        if (date.isEmpty()) {
            date = MeetingDates.find(frontMatter.get("date"));
        }
        return date.isEmpty() ? MeetingDates.find(title) : date;
    }

    private static String fileName(String sourcePath) {
        return sourcePath.substring(sourcePath.lastIndexOf('/') + 1);
    }

    private static String stem(String name) {
        int dot = name.lastIndexOf('.');
        return dot > 0 ? name.substring(0, dot) : name;
    }
}
