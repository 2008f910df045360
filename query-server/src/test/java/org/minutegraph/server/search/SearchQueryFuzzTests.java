package org.minutegraph.server.search;

import static org.assertj.core.api.Assertions.assertThat;

import com.code_intelligence.jazzer.junit.FuzzTest;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;
import org.minutegraph.ingest.index.PassageIndex;

/**
 * Fuzz target for what users type into search: the query text (Lucene classic syntax with the
 * plain-words fallback) and the filter, paging and sort parameters, through search (lexical and
 * hybrid), who and suggest. Whatever is asked, the answer is a response or an
 * {@link InvalidQueryException} that says what to change, never another exception.
 *
 * <p>An input is UTF-8 text: its first line is {@code q}, each further line {@code name=value} for
 * series, person, tool, from, to, limit, offset or sort, as the HTTP API takes them. Seeds:
 * {@code src/test/resources/org/minutegraph/server/search/SearchQueryFuzzTestsInputs/}.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class SearchQueryFuzzTests {

    private PassageIndex lexicalIndex;
    private PassageIndex hybridIndex;
    private SearchServices lexical;
    private SearchServices hybrid;

    @BeforeAll
    void build(@TempDir Path dir) {
        TestCorpus.write(dir.resolve("lexical"), null);
        TestCorpus.write(dir.resolve("hybrid"), new WordHashEmbedder());
        lexicalIndex = PassageIndex.open(dir.resolve("lexical"));
        hybridIndex = PassageIndex.open(dir.resolve("hybrid"));
        lexical = SearchServices.create(lexicalIndex, TestCorpus.vocabulary(), null, SearchConfig.defaults());
        hybrid = SearchServices.create(hybridIndex, TestCorpus.vocabulary(), new WordHashEmbedder(), SearchConfig.defaults());
    }

    @AfterAll
    void close() {
        lexicalIndex.close();
        hybridIndex.close();
    }

    @FuzzTest
    void searchRequest(byte[] input) {
        String[] lines = new String(input, StandardCharsets.UTF_8).split("\n", -1);
        String q = lines[0];
        Map<String, String> params = new HashMap<>();
        for (int i = 1; i < lines.length; i++) {
            int eq = lines[i].indexOf('=');
            if (eq > 0) {
                params.put(lines[i].substring(0, eq), lines[i].substring(eq + 1));
            }
        }
        for (SearchServices services : List.of(lexical, hybrid)) {
            answersOrExplains(() -> {
                SearchRequest request = request(q, params);
                SearchResponse response = services.search().search(request);
                assertThat(response.total()).as("total counts at least the hits shown").isGreaterThanOrEqualTo(response.hits().size());
                assertThat(response.hits().size()).as("one page at most").isLessThanOrEqualTo(SearchConfig.defaults().maxLimit());
            });
            answersOrExplains(() -> services.who().who(q));
            answersOrExplains(() -> assertThat(services.suggest().suggest(q, 10)).hasSizeLessThanOrEqualTo(10));
        }
    }

    /** The request as the HTTP API builds it from the same parameters. */
    private static SearchRequest request(String q, Map<String, String> params) {
        return new SearchRequest(q, params.get("series"), params.get("person"), params.get("tool"),
                SearchRequest.date("from", params.get("from")), SearchRequest.date("to", params.get("to")),
                integer(params, "limit"), integer(params, "offset"), SortOrder.parse(params.get("sort")));
    }

    private static int integer(Map<String, String> params, String name) {
        String value = params.get(name);
        if (value == null || value.isBlank()) {
            return 0;
        }
        try {
            return Integer.parseInt(value.strip());
        } catch (NumberFormatException e) {
            throw new InvalidQueryException(name + " must be a whole number, not '" + value + "'");
        }
    }

    private static void answersOrExplains(Runnable call) {
        try {
            call.run();
        } catch (InvalidQueryException e) {
            assertThat(e.getMessage()).as("a user error says what to change").isNotBlank();
        }
    }
}
