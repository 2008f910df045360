package org.minutegraph.server.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;
import org.minutegraph.server.TestStores;
import picocli.CommandLine;

/** The command line as a user runs it: exit codes and what it prints. */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class CliTests {

    @TempDir
    static Path tmp;

    Path store;
    String ingestOutput;

    record Run(int exit, String out, String err) {
    }

    static Run run(String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        CommandLine cli = MinutegraphCommand.commandLine();
        cli.setOut(new PrintWriter(out, true));
        cli.setErr(new PrintWriter(err, true));
        int exit = cli.execute(args);
        return new Run(exit, out.toString(), err.toString());
    }

    @BeforeAll
    void ingest() {
        store = tmp.resolve("store");
        Run r = run("ingest", "--minutes", TestStores.repo().resolve("data").toString(), "--store", store.toString(), "--no-embeddings");
        assertThat(r.exit()).as(r.err()).isZero();
        ingestOutput = r.out();
    }

    @Test
    @DisplayName("ingest prints the summary with every count, the planted secrets as warnings, and its stage times")
    void ingestSummary() {
        assertThat(ingestOutput).contains("33 files, 33 meetings (33 written, 0 removed)", "26 people", "30 decisions", "stages:");
        assertThat(ingestOutput).contains("warning: iaas/20240612.md:31:").doesNotContain("Tr0ub4dor");
    }

    @Test
    @DisplayName("--version prints the version the parent pom gives, not a placeholder")
    void version() throws Exception {
        Run r = run("--version");
        assertThat(r.exit()).isZero();
        assertThat(r.out().strip()).matches("minutegraph \\d+\\.\\d+\\.\\d+(-SNAPSHOT)?");
        String version = r.out().strip().substring("minutegraph ".length());
        assertThat(Files.readString(TestStores.repo().resolve("pom.xml"))).contains("<version>" + version + "</version>");
    }

    @Test
    @DisplayName("a second ingest of the same folder says the store is unchanged")
    void reingest() {
        Run r = run("ingest", "--minutes", TestStores.repo().resolve("data").toString(), "--store", store.toString(), "--no-embeddings");
        assertThat(r.exit()).isZero();
        assertThat(r.out()).contains("(0 written, 0 removed, store unchanged)");
    }

    @Test
    @DisplayName("sparql --format json prints W3C SPARQL results JSON")
    void sparqlJson() throws Exception {
        Run r = run("sparql", "--store", store.toString(), "--format", "json",
                "PREFIX mg: <https://w3id.org/minutegraph#> SELECT (COUNT(?m) AS ?n) WHERE { ?m a mg:Meeting }");
        assertThat(r.exit()).as(r.err()).isZero();
        JsonNode json = new ObjectMapper().readTree(r.out());
        assertThat(json.at("/head/vars/0").asText()).isEqualTo("n");
        assertThat(json.at("/results/bindings/0/n/value").asInt()).isEqualTo(33);
    }

    @Test
    @DisplayName("sparql reads a query from a file and prints CSV")
    void sparqlCsvFromFile() throws Exception {
        Path q = Files.writeString(tmp.resolve("q.rq"),
                "PREFIX mg: <https://w3id.org/minutegraph#> SELECT ?slug WHERE { ?s a mg:Series ; mg:slug ?slug } ORDER BY ?slug");
        Run r = run("sparql", "--store", store.toString(), "--format", "csv", "@" + q);
        assertThat(r.exit()).as(r.err()).isZero();
        assertThat(r.out().lines().toList()).startsWith("slug", "community-call", "container");
    }

    @Test
    @DisplayName("a bad query is one clear line on stderr and exit 2, not a stack trace")
    void badQuery() {
        Run r = run("sparql", "--store", store.toString(), "SELECT ?x WHERE { ?x ?y }");
        assertThat(r.exit()).isEqualTo(2);
        assertThat(r.err()).startsWith("minutegraph: ").contains("line 1").doesNotContain("\tat ");
    }

    @Nested
    @DisplayName("sparql answers mg:search as /sparql does")
    class TextSearchInSparql {

        @Test
        @DisplayName("the README's mg:search example prints a row per Harbor passage, best first")
        void readmeExample() throws Exception {
            Run r = run("sparql", "--store", store.toString(), "--format", "csv", readmeTextSearchQuery());
            assertThat(r.exit()).as(r.err()).isZero();
            List<String> lines = r.out().lines().toList();
            assertThat(lines.getFirst()).isEqualTo("date,heading,score");
            assertThat(lines).hasSizeGreaterThan(3);
            List<Double> scores = lines.stream().skip(1).map(l -> Double.parseDouble(l.substring(l.lastIndexOf(',') + 1))).toList();
            assertThat(scores).isSortedAccordingTo(java.util.Comparator.reverseOrder());
        }

        @Test
        @DisplayName("an mg:search that finds nothing prints an empty table and exits 0")
        void noHits() throws Exception {
            Run r = run("sparql", "--store", store.toString(), readmeTextSearchQuery().replace("\"harbor\"", "\"qzxvjwk\""));
            assertThat(r.exit()).as(r.err()).isZero();
            assertThat(r.out()).contains("| date | heading | score |").doesNotContain("xsd:date");
            assertThat(r.err()).isEmpty();
        }

        @Test
        @DisplayName("a format for the other kind of query is one line that names the right ones")
        void wrongFormat() {
            Run r = run("sparql", "--store", store.toString(), "--format", "turtle", "SELECT * WHERE { ?s ?p ?o } LIMIT 1");
            assertThat(r.exit()).isEqualTo(2);
            assertThat(r.err()).contains("text, json, csv, tsv or xml");
        }

        /** The query of the README's "Inside SPARQL, mg:search ..." block, so the documentation cannot rot. */
        private static String readmeTextSearchQuery() throws java.io.IOException {
            String readme = Files.readString(TestStores.repo().resolve("README.md"));
            java.util.regex.Matcher block = java.util.regex.Pattern.compile("```sparql\n(.*?)```", java.util.regex.Pattern.DOTALL).matcher(readme);
            while (block.find()) {
                if (block.group(1).contains("mg:search")) {
                    return block.group(1);
                }
            }
            throw new AssertionError("README.md has no sparql block with mg:search");
        }
    }

    @Test
    @DisplayName("validate: the sample store conforms to the shapes")
    void validate() {
        Run r = run("validate", "--store", store.toString());
        assertThat(r.exit()).as(r.out()).isZero();
        assertThat(r.out()).contains("conforms");
    }

    @Test
    @DisplayName("search --json prints the /api/search shape; --who ranks people")
    void search() throws Exception {
        Run r = run("search", "--store", store.toString(), "--json", "--limit", "3", "Keppel");
        assertThat(r.exit()).as(r.err()).isZero();
        JsonNode json = new ObjectMapper().readTree(r.out());
        assertThat(json.get("total").asInt()).isPositive();
        assertThat(json.get("hits")).hasSize(3);
        assertThat(json.at("/hits/0/snippet").asText()).contains("<mark>");
        assertThat(json.at("/facets/series").isObject()).isTrue();
        Run who = run("search", "--store", store.toString(), "--who", "Harbor");
        assertThat(who.out()).contains("Who discussed Harbor?", "@mkowalski");
    }

    @Test
    @DisplayName("a store that does not exist is a one-line hint to ingest first")
    void missingStore() {
        Run r = run("validate", "--store", tmp.resolve("nothing-here").toString());
        assertThat(r.exit()).isEqualTo(2);
        assertThat(r.err()).contains("minutegraph ingest");
    }

    @Test
    @DisplayName("a file name with an escape sequence is printed escaped, never sent to the terminal raw")
    void escapedFileNames() throws Exception {
        Path minutes = Files.createDirectories(tmp.resolve("escapes/team"));
        Files.writeString(minutes.resolve("20240101.md"), "# Team\n\n- fine\n");
        Files.writeString(minutes.resolve("\u001b[31mred\u0007.md"), "");
        Run r = run("ingest", "--minutes", minutes.getParent().toString(), "--store", tmp.resolve("escapes-store").toString(), "--no-embeddings");
        assertThat(r.exit()).as(r.err()).isZero();
        assertThat(r.out()).contains("warning: team/\\e[31mred\\x07.md: ").doesNotContain("\u001b").doesNotContain("\u0007");
    }
}
