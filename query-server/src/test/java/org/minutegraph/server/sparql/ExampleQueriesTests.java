package org.minutegraph.server.sparql;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.apache.jena.query.QueryFactory;
import org.apache.jena.query.Syntax;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.engine.binding.Binding;
import org.apache.jena.sparql.exec.QueryExec;
import org.apache.jena.sparql.exec.RowSet;
import org.apache.jena.system.Txn;
import org.apache.jena.tdb2.TDB2;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;

/** The example queries shipped with the SPARQL page parse and answer on a small minutes graph. */
@DisplayName("Example queries")
class ExampleQueriesTests {

    private static DatasetGraph dataset;

    @BeforeAll
    static void load() {
        dataset = TestDatasets.minutesFixture();
    }

    private static List<Binding> run(String query) {
        return Txn.calculateRead(dataset, () -> {
            try (QueryExec exec = QueryExec.dataset(dataset).query(QueryFactory.create(query, Syntax.syntaxSPARQL_11))
                    .set(TDB2.symUnionDefaultGraph, true).build()) {
                RowSet rows = exec.select();
                List<Binding> out = new ArrayList<>();
                rows.forEachRemaining(out::add);
                return out;
            }
        });
    }

    @Test
    @DisplayName("at least eight examples are shipped, each with a title")
    void shipped() {
        List<ExampleQuery> examples = ExampleQueries.load();
        assertThat(examples).hasSizeGreaterThanOrEqualTo(8);
        assertThat(examples).allSatisfy(e -> {
            assertThat(e.name()).endsWith(".rq");
            assertThat(e.title()).isNotBlank().doesNotStartWith("#");
        });
    }

    @TestFactory
    @DisplayName("every example parses as standard SPARQL 1.1 and returns rows")
    Stream<DynamicTest> everyExampleAnswers() {
        return ExampleQueries.load().stream().map(example -> DynamicTest.dynamicTest(example.name(), () -> {
            // The fixture has no search index; SearchFunctionTests runs the mg:search examples on an ingested store.
            Assumptions.assumeFalse(example.query().contains("mg:search"), example.name() + " needs a search index: see SearchFunctionTests");
            assertThat(run(example.query())).as(example.title()).isNotEmpty();
        }));
    }

    @Test
    @DisplayName("who discussed Harbor ranks the person at both Harbor meetings first")
    void whoDiscussedHarbor() {
        List<Binding> rows = run(example("01-who-discussed-harbor.rq"));
        assertThat(rows).hasSize(2);
        assertThat(rows.getFirst().get("handle").getLiteralLexicalForm()).isEqualTo("berendt");
        assertThat(rows.getFirst().get("meetings").getLiteralValue()).isEqualTo(2);
    }

    @Test
    @DisplayName("open action items exclude the ones marked done")
    void openActions() {
        List<Binding> rows = run(example("03-open-action-items-of-a-person.rq"));
        assertThat(rows).singleElement().satisfies(row ->
                assertThat(row.get("sourcePath").getLiteralLexicalForm()).isEqualTo("container/20230220.md"));
    }

    @Test
    @DisplayName("tools co-mentioned with Zitadel leave Zitadel itself out")
    void coMentioned() {
        List<String> labels = run(example("04-tools-co-mentioned-with-zitadel.rq")).stream()
                .map(row -> row.get("label").getLiteralLexicalForm()).toList();
        assertThat(labels).containsExactlyInAnyOrder("Keycloak", "OpenStack");
    }

    private static String example(String name) {
        return ExampleQueries.load().stream().filter(e -> e.name().equals(name)).findFirst()
                .orElseThrow(() -> new AssertionError("No example " + name)).query();
    }
}
