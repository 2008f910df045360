package org.minutegraph.server.sparql;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

@DisplayName("Accept header negotiation")
class AcceptHeaderTests {

    private static final List<String> RESULTS = ResultFormat.mediaTypesOf(ResultFormat.Kind.RESULTS);

    @Test
    @DisplayName("a missing header accepts the server's first choice")
    void missing() {
        assertThat(AcceptHeader.parse(null).choose(RESULTS)).contains("application/sparql-results+json");
    }

    @Test
    @DisplayName("the highest q-value wins")
    void quality() {
        assertThat(AcceptHeader.parse("text/csv;q=0.5, application/sparql-results+xml;q=0.9").choose(RESULTS))
                .contains("application/sparql-results+xml");
    }

    @Test
    @DisplayName("a more specific range overrides a wildcard, and q=0 excludes")
    void specificity() {
        AcceptHeader header = AcceptHeader.parse("*/*;q=0.8, application/sparql-results+json;q=0");
        assertThat(header.quality("application/sparql-results+json")).isZero();
        assertThat(header.choose(RESULTS)).contains("application/json");
    }

    @Test
    @DisplayName("type wildcards match their main type only")
    void typeWildcard() {
        assertThat(AcceptHeader.parse("text/*").choose(RESULTS)).contains("text/xml");
        assertThat(AcceptHeader.parse("image/*").choose(RESULTS)).isEmpty();
    }

    @Test
    @DisplayName("malformed entries are skipped, not fatal")
    void malformed() {
        assertThat(AcceptHeader.parse("garbage, text/csv;q=abc, text/tab-separated-values").choose(RESULTS))
                .contains("text/tab-separated-values");
    }
}
