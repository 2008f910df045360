package org.minutegraph.ingest.pipeline;

import static org.assertj.core.api.Assertions.assertThat;
import static org.minutegraph.ingest.pipeline.StoreQueries.count;
import static org.minutegraph.ingest.pipeline.StoreQueries.values;

import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;
import org.minutegraph.ingest.store.MinutegraphStore;
import org.minutegraph.ingest.store.StoreLayout;
import org.minutegraph.ingest.store.StoreReader;
import org.minutegraph.ingest.store.StoreValidator;
import org.minutegraph.ontology.IriScheme;

/** The sample corpus in data/ ingested end to end; the facts are those listed in data/README.md. */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class SampleCorpusIngestTests {

    static final String BASE_URL = "https://github.com/example-cloud/minutes/blob/main/";

    @TempDir
    static Path dir;

    IngestReport report;
    MinutegraphStore store;
    StoreReader opened;

    static IngestConfig config(Path storeDir) {
        IngestConfig config = CorpusSettings.load(Corpora.sample()).applyTo(IngestConfig.of(Corpora.sample(), storeDir), false);
        assertThat(config.minutesBaseUrls()).containsExactly(BASE_URL);
        return config;
    }

    @BeforeAll
    void ingest() {
        report = new Ingestor(config(dir), IngestListener.SILENT).run();
        opened = StoreReader.open(new StoreLayout(dir), IriScheme.defaults());
        store = opened.graph();
    }

    @AfterAll
    void close() {
        opened.close();
    }

    private static String meeting(String path) {
        return "<" + IriScheme.defaults().meeting(path) + ">";
    }

    @Test
    @DisplayName("every one of the 33 files becomes one meeting, with its date")
    void meetings() {
        assertThat(report.meetings()).isEqualTo(33);
        assertThat(count(store, "?m a mg:Meeting")).isEqualTo(33);
        assertThat(values(store, "SELECT ?d WHERE { " + meeting("container/20240212.md") + " dcterms:date ?d }"))
                .containsExactly("2024-02-12");
        assertThat(values(store, "SELECT ?d WHERE { " + meeting("meetings/2024-03-05.md") + " dcterms:date ?d }"))
                .containsExactly("2024-03-05");
    }

    @Nested
    @DisplayName("people")
    class People {
        @Test
        @DisplayName("participants are people, not companies or groups, one per handle however written")
        void participants() {
            assertThat(values(store, "SELECT ?h WHERE { " + meeting("container/20240212.md") + " mg:participant/mg:handle ?h }"))
                    .containsExactlyInAnyOrder("mkowalski", "jdoe", "tokafor", "kyilmaz", "dmarek", "cmoreau", "akruk", "gpetrov");
            assertThat(values(store, "SELECT ?h WHERE { " + meeting("container/20240415.md") + " mg:participant/mg:handle ?h }"))
                    .contains("jdoe").doesNotContain("example-cloud/team-container");
            assertThat(count(store, "?p mg:handle \"stackwerk\"")).isZero();
            assertThat(count(store, "?p mg:handle \"all\"")).isZero();
        }

        @Test
        @DisplayName("a plain name resolves to the handle it was written with elsewhere")
        void namesResolve() {
            assertThat(values(store, "SELECT ?h WHERE { " + meeting("iaas/20240417.md") + " mg:participant/mg:handle ?h }"))
                    .contains("aschmidt", "lnguyen", "hsato", "gpetrov", "jweber");
            assertThat(values(store, "SELECT ?n WHERE { ?p mg:handle \"aschmidt\" ; foaf:name ?n }")).containsExactly("Anna Schmidt");
        }

        @Test
        @DisplayName("minute takers come from the transfer heading and from Minutes: lines")
        void minuteTakers() {
            assertThat(values(store, "SELECT ?h WHERE { " + meeting("container/20240212.md") + " mg:minuteTaker/mg:handle ?h }"))
                    .containsExactly("jdoe");
            assertThat(values(store, "SELECT ?h WHERE { " + meeting("community-call/20241017.md") + " mg:minuteTaker/mg:handle ?h }"))
                    .containsExactly("ovisser");
        }
    }

    @Test
    @DisplayName("the Tech Weekly references the team minutes it links to")
    void meetingLinks() {
        assertThat(values(store, "SELECT ?p WHERE { " + meeting("community-call/20241017.md") + " mg:references/mg:sourcePath ?p }"))
                .containsExactlyInAnyOrder("container/20241014.md", "iaas/20241016.md", "sig-standardization/20241017.md");
        assertThat(count(store, "?a a mg:Meeting ; mg:references ?b . ?b a mg:Meeting")).isEqualTo(9);
    }

    @Test
    @DisplayName("GitHub references: short forms resolve, the URL wins over disagreeing link text")
    void githubReferences() {
        assertThat(values(store, "SELECT DISTINCT ?m WHERE { ?m a mg:Meeting ; mg:references <https://github.com/example-cloud/standards/issues/212> }"))
                .hasSize(4);
        assertThat(values(store, "SELECT ?r WHERE { " + meeting("sig-standardization/20240516.md") + " mg:references ?r }"))
                .contains("https://github.com/example-cloud/standards/issues/2")
                .doesNotContain("https://github.com/example-cloud/standards/issues/1");
    }

    @Nested
    @DisplayName("tools")
    class Tools {
        @Test
        @DisplayName("Harbor is mentioned in the 20 files that discuss it, and not where it is only in a URL or code")
        void harbor() {
            List<String> files = values(store, "SELECT DISTINCT ?p WHERE { ?s mg:mentions tool:harbor ; mg:inMeeting/mg:sourcePath ?p }");
            assertThat(files).hasSize(20).doesNotContain("sig-monitoring/20240614.md");
        }

        @Test
        @DisplayName("Matrix the chat counts, the word matrix does not; Heat the service counts, a heated debate does not")
        void ambiguous() {
            List<String> matrix = values(store, "SELECT DISTINCT ?p WHERE { ?s mg:mentions tool:matrix ; mg:inMeeting/mg:sourcePath ?p }");
            assertThat(matrix).contains("iam/20240124.md").doesNotContain("container/20241014.md", "sig-standardization/20241017.md");
            List<String> heat = values(store, "SELECT DISTINCT ?p WHERE { ?s mg:mentions tool:heat ; mg:inMeeting/mg:sourcePath ?p }");
            assertThat(heat).contains("iaas/20240417.md").doesNotContain("container/20240212.md", "iam/20240214.md");
        }

        @Test
        @DisplayName("aliases find the tool: k8s is Kubernetes, CAPI is Cluster API")
        void aliases() {
            assertThat(values(store, "SELECT DISTINCT ?p WHERE { ?s mg:mentions tool:kubernetes ; mg:inMeeting/mg:sourcePath ?p }"))
                    .contains("iam/20240124.md");
            assertThat(values(store, "SELECT DISTINCT ?p WHERE { ?s mg:mentions tool:cluster-api ; mg:inMeeting/mg:sourcePath ?p }"))
                    .contains("iaas/20240117.md");
        }
    }

    @Test
    @DisplayName("differently decorated headings are one topic")
    void topics() {
        assertThat(values(store, "SELECT ?p WHERE { ?s mg:topic ?t ; mg:inMeeting/mg:sourcePath ?p . ?t skos:prefLabel \"Registry\" }"))
                .contains("container/20240115.md", "container/20240212.md", "sig-standardization/20240307.md",
                        "container/20240415.md", "container/20240708.md");
    }

    @Test
    @DisplayName("a Tech Weekly heading that names a team is about the series, not an agenda topic")
    void seriesHeadingsAreNotTopics() {
        assertThat(count(store, "?t a mg:Topic ; skos:prefLabel ?l FILTER(LCASE(STR(?l)) IN (\"team container\", \"team iam\", \"sig monitoring\"))"))
                .isZero();
        assertThat(count(store, "?s mg:heading \"Team Container\" ; mg:inMeeting/mg:sourcePath \"community-call/20240215.md\"")).isEqualTo(1);
    }

    @Test
    @DisplayName("sponsors come from (@x) in headings and sponsor: lines")
    void sponsors() {
        assertThat(values(store, "SELECT ?h WHERE { ?s mg:inMeeting " + meeting("container/20240212.md") + " ; mg:sponsor/mg:handle ?h }"))
                .containsExactly("mkowalski");
        assertThat(values(store, "SELECT ?h WHERE { ?s mg:inMeeting " + meeting("sig-standardization/20240307.md") + " ; mg:sponsor/mg:handle ?h }"))
                .contains("mkowalski", "akruk");
    }

    @Test
    @DisplayName("decisions are found in their forms; a heading that only announces a topic is none")
    void decisions() {
        assertThat(count(store, "?d a mg:Decision ; mg:inMeeting " + meeting("container/20240115.md"))).isZero();
        assertThat(values(store, "SELECT ?l WHERE { ?d a mg:Decision ; mg:inMeeting " + meeting("sig-standardization/20240516.md") + " ; mg:startLine ?l }"))
                .containsExactlyInAnyOrder("37", "38", "53", "54");
        assertThat(values(store, "SELECT ?t WHERE { ?d a mg:Decision ; mg:inMeeting " + meeting("iam/20240515.md") + " ; mg:text ?t }"))
                .singleElement().asString().startsWith("Zitadel is the identity provider");
    }

    @Test
    @DisplayName("action items carry owners and, where the file says it, their status")
    void actionItems() {
        String q = "SELECT ?s WHERE { ?a a mg:ActionItem ; mg:inMeeting %s ; mg:startLine %d ; mg:owner/mg:handle \"%s\" . OPTIONAL { ?a mg:status ?st } BIND(COALESCE(?st, \"-\") AS ?s) }";
        assertThat(values(store, q.formatted(meeting("container/20240708.md"), 18, "jdoe"))).containsExactly("done");
        assertThat(values(store, q.formatted(meeting("container/20241111.md"), 19, "jdoe"))).containsExactly("done");
        assertThat(values(store, q.formatted(meeting("container/20240212.md"), 37, "mkowalski"))).containsExactly("-");
        assertThat(values(store, q.formatted(meeting("sig-standardization/20240307.md"), 22, "pfischer"))).hasSize(1);
        assertThat(values(store, q.formatted(meeting("meetings/2024-03-05.md"), 56, "gliu"))).containsExactly("open");
        assertThat(values(store, q.formatted(meeting("iaas/20240117.md"), 26, "lnguyen"))).hasSize(1);
    }

    @Test
    @DisplayName("planted credentials are redacted from every literal and reported")
    void secrets() {
        assertThat(count(store, "?s ?p ?o FILTER(isLiteral(?o) && (CONTAINS(STR(?o), \"Tr0ub4dor\") || CONTAINS(STR(?o), \"ghp_Q7mZr2\")))")).isZero();
        assertThat(report.warnings()).anySatisfy(w -> assertThat(w.sourcePath() + ":" + w.line()).isEqualTo("iaas/20240612.md:31"));
        assertThat(report.warnings()).anySatisfy(w -> assertThat(w.sourcePath() + ":" + w.line()).isEqualTo("sig-monitoring/20241115.md:27"));
    }

    @Test
    @DisplayName("the store conforms to the SHACL shapes")
    void shacl() {
        var validation = new StoreValidator().validate(store);
        assertThat(validation.getEntries()).isEmpty();
        assertThat(validation.conforms()).isTrue();
    }
}
