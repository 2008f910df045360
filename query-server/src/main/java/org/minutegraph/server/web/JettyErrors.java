package org.minutegraph.server.web;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.ByteBuffer;
import java.util.LinkedHashMap;
import java.util.Map;
import org.eclipse.jetty.http.HttpHeader;
import org.eclipse.jetty.server.Request;
import org.eclipse.jetty.server.Response;
import org.eclipse.jetty.server.handler.ErrorHandler;
import org.eclipse.jetty.util.Callback;

/**
 * The errors Jetty answers before a request reaches the app (a URL or headers over the limit, a
 * malformed request), written as the same {@code {error, detail}} JSON as every other error
 * instead of Jetty's HTML page.
 */
final class JettyErrors extends ErrorHandler {

    private static final ObjectMapper JSON = new ObjectMapper();

    private final int maxRequestHeadBytes;

    JettyErrors(int maxRequestHeadBytes) {
        this.maxRequestHeadBytes = maxRequestHeadBytes;
    }

    @Override
    protected void generateResponse(Request request, Response response, int code, String message, Throwable cause,
            Callback callback) throws JsonProcessingException {
        Map<String, String> body = new LinkedHashMap<>();
        if (code == 414 || code == 431) {
            body.put("error", "request_too_large");
            body.put("detail", "The URL and headers of this request are longer than the " + maxRequestHeadBytes
                    + " bytes this server reads; send a long SPARQL query by POST, as an application/sparql-query body");
        } else {
            body.put("error", code >= 500 ? "internal_error" : "bad_request");
            body.put("detail", message == null || message.isBlank() ? "The request could not be read (HTTP " + code + ")" : message);
        }
        response.getHeaders().put(HttpHeader.CONTENT_TYPE, "application/json");
        response.write(true, ByteBuffer.wrap(JSON.writeValueAsBytes(body)), callback);
    }
}
