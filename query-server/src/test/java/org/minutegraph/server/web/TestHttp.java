package org.minutegraph.server.web;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

/** GET requests against a running app, never following redirects (tests look at them). */
final class TestHttp {

    private static final ObjectMapper JSON = new ObjectMapper();
    private final HttpClient client = HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER)
            .connectTimeout(Duration.ofSeconds(5)).build();
    private final URI base;

    TestHttp(URI base) {
        this.base = base;
    }

    HttpResponse<String> get(String pathAndQuery) {
        return get(pathAndQuery, "text/html");
    }

    HttpResponse<String> get(String pathAndQuery, String accept) {
        HttpRequest request = HttpRequest.newBuilder(base.resolve(pathAndQuery)).header("Accept", accept)
                .timeout(Duration.ofSeconds(30)).GET().build();
        try {
            return client.send(request, HttpResponse.BodyHandlers.ofString());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    /** The JSON body of a GET, with its status checked. */
    JsonNode json(String pathAndQuery, int expectedStatus) {
        HttpResponse<String> r = get(pathAndQuery, "application/json");
        if (r.statusCode() != expectedStatus) {
            throw new AssertionError("GET " + pathAndQuery + " answered " + r.statusCode() + ", expected " + expectedStatus + ": " + r.body());
        }
        try {
            return JSON.readTree(r.body());
        } catch (IOException e) {
            throw new AssertionError("GET " + pathAndQuery + " did not answer JSON: " + r.body(), e);
        }
    }
}
