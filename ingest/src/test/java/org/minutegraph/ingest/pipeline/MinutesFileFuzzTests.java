package org.minutegraph.ingest.pipeline;

import static org.assertj.core.api.Assertions.assertThat;

import com.code_intelligence.jazzer.junit.FuzzTest;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.StringReader;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import org.apache.jena.graph.Node;
import org.apache.jena.irix.IRIException;
import org.apache.jena.irix.IRIx;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.ModelFactory;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFDataMgr;
import org.apache.jena.riot.RDFParser;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.store.ByteBuffersDirectory;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.TestInstance;
import org.minutegraph.ingest.extract.ExtractionSettings;
import org.minutegraph.ingest.extract.GitHubRefs;
import org.minutegraph.ingest.extract.MeetingExtractor;
import org.minutegraph.ingest.extract.MeetingLinkResolver;
import org.minutegraph.ingest.extract.PersonFilter;
import org.minutegraph.ingest.extract.SecretRedactor;
import org.minutegraph.ingest.extract.ToolVocabulary;
import org.minutegraph.ingest.index.IndexConfig;
import org.minutegraph.ingest.index.IndexContext;
import org.minutegraph.ingest.index.MinutesAnalyzer;
import org.minutegraph.ingest.index.PassageDocuments;
import org.minutegraph.ingest.model.ActionItem;
import org.minutegraph.ingest.model.Block;
import org.minutegraph.ingest.model.BlockKind;
import org.minutegraph.ingest.model.Decision;
import org.minutegraph.ingest.model.DocSection;
import org.minutegraph.ingest.model.Meeting;
import org.minutegraph.ingest.model.MeetingSection;
import org.minutegraph.ingest.model.MinutesDocument;
import org.minutegraph.ingest.parse.MinutesParser;
import org.minutegraph.ingest.parse.UnreadableMinutesException;
import org.minutegraph.ingest.rdf.MeetingGraph;
import org.minutegraph.ingest.source.MinutesFile;
import org.minutegraph.ontology.IriScheme;
import org.minutegraph.ontology.Vocabularies;

/**
 * Fuzz targets for the per-file path of ingest: bytes of a minutes file (and its path) through the
 * parser, every extractor, the extraction cache's codec, the file's named graph and its index
 * documents. Whatever the bytes, a file is either refused with {@link UnreadableMinutesException}
 * (for a reason of its own, not a parser bug) or becomes a meeting whose line ranges lie inside
 * the file, whose graph holds only valid IRIs and survives N-Triples, and whose passages Lucene
 * accepts. Seeds: {@code src/test/resources/org/minutegraph/ingest/pipeline/MinutesFileFuzzTestsInputs/}.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class MinutesFileFuzzTests {

    private static final IriScheme IRIS = IriScheme.defaults();
    private static final String SOURCE_URL = "https://github.com/SovereignCloudStack/minutes/blob/main/";
    /** The text of a small valid file, for the target that varies only the path. */
    private static final byte[] SMALL_MINUTES = """
            # Team Container 2024-03-05

            ## Participants
            - Jane Doe @jdoe

            ## Registry
            - Harbor upgrade, see standards#212 and [last week](2024-02-27.md)
            - [ ] @jdoe to write the ADR
            - Decision: keep Harbor
            """.getBytes(StandardCharsets.UTF_8);

    private final MinutesParser parser = new MinutesParser();
    private final MeetingExtractor extractor = new MeetingExtractor(new ExtractionSettings(ToolVocabulary.from(Vocabularies.tools()),
            GitHubRefs.of("SovereignCloudStack"), new MeetingLinkResolver(List.of(SOURCE_URL),
                    Set.of("container/2024-02-27.md", "community-call/20240306.md")), PersonFilter.defaults()));
    private final MeetingGraph graphs = new MeetingGraph(IRIS);
    private final PassageDocuments passages = new PassageDocuments(IndexConfig.lexicalOnly());
    private final SecretRedactor redactor = new SecretRedactor();
    private final ByteBuffersDirectory directory = new ByteBuffersDirectory();
    private final IndexWriter index = writer(directory);

    @AfterAll
    void close() throws IOException {
        index.close();
        directory.close();
    }

    /** Any bytes as the content of one minutes file. */
    @FuzzTest
    void minutesFile(byte[] content) {
        ingestOne("container/2024-03-05.md", content);
    }

    /** Any UTF-8 text as the file's path (it names the meeting, its graph and its date). */
    @FuzzTest
    void sourcePath(byte[] path) {
        String text = new String(path, StandardCharsets.UTF_8).replace('\\', '/');
        String relative = text.replaceAll("^/+", "");
        if (relative.isBlank() || relative.endsWith("/") || !MinutesFile.isUsablePath(relative)) {
            return; // the source never yields a folder, an empty path or one with control characters
        }
        ingestOne(relative, SMALL_MINUTES);
    }

    private void ingestOne(String sourcePath, byte[] content) {
        String series = sourcePath.contains("/") ? sourcePath.substring(0, sourcePath.indexOf('/')) : "minutes";
        MinutesFile file = new MinutesFile(sourcePath, series, content, "0".repeat(64));
        MinutesDocument doc;
        try {
            doc = parser.parse(file);
        } catch (UnreadableMinutesException e) {
            assertThat(e.getCause()).as("a refusal of bad input, not a parser failure: %s", e.getMessage()).isNull();
            assertThat(e.line()).as("line of the problem").isBetween(0, lineCount(content));
            return;
        }
        checkDocument(doc);
        Meeting meeting = extractor.extract(doc, doc.date().orElse(LocalDate.of(2024, 3, 5)));
        checkMeeting(meeting, doc.lineCount());

        PersonDirectory people = new PersonDirectory();
        people.learn(Ingestor.allPeople(meeting));
        Meeting canonical = Canonicalizer.canonical(meeting, people);
        assertThat(cacheRoundTrip(canonical)).as("the extraction cache gives back the meeting").isEqualTo(canonical);

        Model graph = graphs.build(canonical, file.contentHash(), "fingerprint", redactor.redact(MinutesReader.text(file)));
        checkGraph(graph);
        addPassages(canonical);
    }

    private static void checkDocument(MinutesDocument doc) {
        int lines = doc.lineCount();
        assertThat(lines).isPositive();
        for (DocSection s : doc.sections()) {
            assertThat(s.endLine()).as("section '%s' ends inside the file", s.heading()).isLessThanOrEqualTo(lines);
            assertThat(s.parent()).as("parent of section %s", s.index()).isBetween(-1, s.index() - 1);
            for (Block b : s.blocks()) {
                assertThat(b.startLine()).as("block starts inside its section").isBetween(s.startLine(), s.endLine());
                assertThat(b.endLine()).as("block ends inside its section").isBetween(b.startLine(), s.endLine());
                assertThat(b.parent()).as("block parent").isBetween(-1, s.blocks().size() - 1);
                if (b.kind() != BlockKind.CODE) {
                    assertThat(b.prose()).as("prose has the length of the text").hasSameSizeAs(b.text());
                }
            }
        }
    }

    private static void checkMeeting(Meeting m, int lines) {
        for (MeetingSection s : m.sections()) {
            assertThat(s.endLine()).as("section %s ends inside the file", s.index()).isLessThanOrEqualTo(lines);
        }
        for (ActionItem a : m.actionItems()) {
            assertThat(a.endLine()).as("action item '%s' ends inside the file", a.text()).isLessThanOrEqualTo(lines);
            assertThat(a.section()).as("section of an action item").isBetween(-1, m.sections().size() - 1);
        }
        for (Decision d : m.decisions()) {
            assertThat(d.endLine()).as("decision '%s' ends inside the file", d.text()).isLessThanOrEqualTo(lines);
            assertThat(d.section()).as("section of a decision").isBetween(-1, m.sections().size() - 1);
        }
    }

    private static Meeting cacheRoundTrip(Meeting m) {
        try {
            ByteArrayOutputStream bytes = new ByteArrayOutputStream();
            MeetingCodec.writeMeeting(new DataOutputStream(bytes), m);
            return MeetingCodec.readMeeting(new DataInputStream(new ByteArrayInputStream(bytes.toByteArray())));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Every IRI is one an RDF client accepts, and the graph reads back from N-Triples as written. */
    private static void checkGraph(Model graph) {
        graph.getGraph().find().forEachRemaining(t -> {
            for (Node n : List.of(t.getSubject(), t.getPredicate(), t.getObject())) {
                if (n.isURI()) {
                    checkIri(n.getURI());
                }
            }
        });
        StringWriter nt = new StringWriter();
        RDFDataMgr.write(nt, graph, Lang.NTRIPLES);
        Model back = ModelFactory.createDefaultModel();
        RDFParser.create().source(new StringReader(nt.toString())).lang(Lang.NTRIPLES).strict(true).parse(back);
        assertThat(back.isIsomorphicWith(graph)).as("the graph read back from N-Triples is the graph written").isTrue();
    }

    private static void checkIri(String iri) {
        try {
            IRIx parsed = IRIx.create(iri);
            assertThat(parsed.isReference()).as("absolute IRI: %s", iri).isTrue();
        } catch (IRIException e) {
            throw new AssertionError("invalid IRI in the graph: " + iri + " (" + e.getMessage() + ")", e);
        }
    }

    private void addPassages(Meeting meeting) {
        try {
            for (PassageDocuments.Passage p : passages.build(meeting, IndexContext.of(IRIS))) {
                index.addDocument(p.document());
            }
            index.deleteAll();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static int lineCount(byte[] content) {
        int lines = 1;
        for (byte b : content) {
            if (b == '\n' || b == '\r') {
                lines++;
            }
        }
        return lines;
    }

    private static IndexWriter writer(ByteBuffersDirectory directory) {
        try {
            return new IndexWriter(directory, new IndexWriterConfig(MinutesAnalyzer.forIndexing()));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
