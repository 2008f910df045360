package org.minutegraph.ingest.pipeline;

import static org.assertj.core.api.Assertions.assertThat;
import static org.minutegraph.ingest.pipeline.StoreQueries.count;
import static org.minutegraph.ingest.pipeline.StoreQueries.values;

import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;
import org.minutegraph.ingest.store.MinutegraphStore;
import org.minutegraph.ingest.store.StoreLayout;
import org.minutegraph.ingest.store.StoreReader;
import org.minutegraph.ingest.store.StoreValidator;
import org.minutegraph.ontology.IriScheme;

/** The real SCS corpus in ../shared (skipped with a message where it is absent). */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class RealCorpusIngestTests {

    static final String BASE_URL = "https://github.com/SovereignCloudStack/minutes/blob/main/";

    @TempDir
    static Path dir;

    Path corpus;
    IngestReport report;
    MinutegraphStore store;
    StoreReader opened;

    private IngestConfig config() {
        return IngestConfig.of(corpus, dir).withGithub("SovereignCloudStack", List.of(BASE_URL));
    }

    @BeforeAll
    void ingest() {
        corpus = Corpora.real();
        report = new Ingestor(config(), IngestListener.SILENT).run();
        opened = StoreReader.open(new StoreLayout(dir), IriScheme.defaults());
        store = opened.graph();
    }

    @AfterAll
    void close() {
        if (opened != null) {
            opened.close();
        }
    }

    private static String meeting(String path) {
        return "<" + IriScheme.defaults().meeting(path) + ">";
    }

    @Test
    @DisplayName("one meeting per minutes file: 892")
    void oneMeetingPerFile() {
        assertThat(report.files()).isEqualTo(892);
        assertThat(count(store, "?m a mg:Meeting")).isEqualTo(892);
    }

    @Test
    @DisplayName("community-call/20230223.md: date, minute taker Jonas, links to team minutes, tools")
    void techWeekly() {
        String m = meeting("community-call/20230223.md");
        assertThat(values(store, "SELECT ?d WHERE { " + m + " dcterms:date ?d }")).containsExactly("2023-02-23");
        assertThat(values(store, "SELECT ?n WHERE { " + m + " mg:minuteTaker/foaf:name ?n }")).singleElement().asString().startsWith("Jonas");
        assertThat(values(store, "SELECT ?p WHERE { " + m + " mg:references/mg:sourcePath ?p }"))
                .contains("iaas/20230222.md", "container/20230220.md");
        assertThat(values(store, "SELECT DISTINCT ?l WHERE { ?s mg:inMeeting " + m + " ; mg:mentions ?t . ?t a mg:Tool ; skos:prefLabel ?l }"))
                .contains("Harbor", "Keppel", "OSISM", "Magnum", "CHAOSS", "HedgeDoc");
    }

    @Test
    @DisplayName("container/20230220.md: 13 participants including jschoone, an action item owned by berendt")
    void containerMeeting() {
        String m = meeting("container/20230220.md");
        assertThat(values(store, "SELECT ?h WHERE { " + m + " mg:participant/mg:handle ?h }")).hasSize(13).contains("jschoone");
        assertThat(count(store, "?a a mg:ActionItem ; mg:inMeeting " + m + " ; mg:owner/mg:handle \"berendt\"")).isPositive();
    }

    @Test
    @DisplayName("the whole store conforms to the SHACL shapes")
    void shacl() {
        var validation = new StoreValidator().validate(store);
        assertThat(validation.getEntries()).as("SHACL violations").isEmpty();
    }

    @Test
    @DisplayName("re-ingesting the unchanged corpus changes nothing")
    void reingest() {
        long triples = store.tripleCount();
        opened.close();
        IngestReport again = new Ingestor(config(), IngestListener.SILENT).run();
        opened = StoreReader.open(new StoreLayout(dir), IriScheme.defaults());
        store = opened.graph();
        assertThat(again.unchanged()).isTrue();
        assertThat(store.tripleCount()).isEqualTo(triples);
    }

    @Test
    @DisplayName("the one credential in the real corpus is redacted and reported, and nothing else is (no false positives)")
    void secrets() {
        assertThat(report.warnings()).filteredOn(w -> w.reason().contains("redacted"))
                .extracting(w -> w.sourcePath() + ":" + w.line())
                .containsExactly("hackathons/2023-03-05-gx-hackathon-6/minutes.md:135");
    }
}
