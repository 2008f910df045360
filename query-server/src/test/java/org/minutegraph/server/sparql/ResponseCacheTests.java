package org.minutegraph.server.sparql;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicLong;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

class ResponseCacheTests {

    private static SparqlRequest request(String query) {
        return new SparqlRequest(Optional.of(query), List.of(), List.of(), Optional.empty(), Optional.empty(), false);
    }

    @Test
    @DisplayName("an answer is kept per query and media type until the data version changes")
    void keyedByVersion() {
        AtomicLong version = new AtomicLong(1);
        ResponseCache cache = new ResponseCache(version::get);
        SparqlResponse answer = new SparqlResponse("text/csv", "n\r\n3\r\n".getBytes(), "select");
        var key = cache.key(request("SELECT (COUNT(*) AS ?n) {}"), "text/csv");
        cache.put(key, answer);
        assertThat(cache.get(cache.key(request("SELECT (COUNT(*) AS ?n) {}"), "text/csv"))).contains(answer);
        assertThat(cache.get(cache.key(request("SELECT (COUNT(*) AS ?n) {}"), "application/sparql-results+json"))).isEmpty();
        version.set(2);
        assertThat(cache.get(cache.key(request("SELECT (COUNT(*) AS ?n) {}"), "text/csv"))).as("after an ingest").isEmpty();
    }

    @Test
    @DisplayName("large answers are not kept")
    void largeAnswers() {
        ResponseCache cache = new ResponseCache(() -> 1);
        var key = cache.key(request("CONSTRUCT WHERE { ?s ?p ?o }"), "text/turtle");
        cache.put(key, new SparqlResponse("text/turtle", new byte[2 << 20], "construct"));
        assertThat(cache.get(key)).isEmpty();
    }
}
