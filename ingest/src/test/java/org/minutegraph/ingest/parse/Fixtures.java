package org.minutegraph.ingest.parse;

import java.nio.charset.StandardCharsets;
import org.minutegraph.ingest.model.Block;
import org.minutegraph.ingest.model.DocSection;
import org.minutegraph.ingest.model.MinutesDocument;
import org.minutegraph.ingest.source.MinutesFile;
import org.minutegraph.ingest.source.MinutesSource;

/** Small helpers shared by the parser tests. */
final class Fixtures {

    static final MinutesParser PARSER = new MinutesParser();

    private Fixtures() {
    }

    static MinutesFile file(String path, byte[] bytes) {
        String series = path.contains("/") ? path.substring(0, path.indexOf('/')) : "flat";
        return new MinutesFile(path, series, bytes, MinutesSource.sha256(bytes));
    }

    static MinutesFile file(String path, String text) {
        return file(path, text.getBytes(StandardCharsets.UTF_8));
    }

    static MinutesDocument parse(String path, String text) throws UnreadableMinutesException {
        return PARSER.parse(file(path, text));
    }

    static DocSection section(MinutesDocument doc, String heading) {
        return doc.sections().stream().filter(s -> s.heading().equals(heading)).findFirst()
                .orElseThrow(() -> new AssertionError("no section " + heading + " in " + doc.sections().stream().map(DocSection::heading).toList()));
    }

    static Block block(MinutesDocument doc, String textStart) {
        return doc.sections().stream().flatMap(s -> s.blocks().stream()).filter(b -> b.text().startsWith(textStart)).findFirst()
                .orElseThrow(() -> new AssertionError("no block starting with " + textStart));
    }
}
