package org.minutegraph.server.web;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.ByteBuffer;
import org.eclipse.jetty.http.HttpHeader;
import org.eclipse.jetty.http.HttpStatus;
import org.eclipse.jetty.server.Request;
import org.eclipse.jetty.server.Response;
import org.eclipse.jetty.server.handler.ErrorHandler;
import org.eclipse.jetty.util.Callback;

/**
 * The errors Jetty answers before a request reaches the app (a URL or headers over the limit, a
 * control character in the request line, a malformed header), written as the same {@code {error,
 * detail}} JSON as every other error, for any method, instead of Jetty's HTML page or an empty body.
 */
final class JettyErrors extends ErrorHandler {

    private static final ObjectMapper JSON = new ObjectMapper();

    private final int maxRequestHeadBytes;

    JettyErrors(int maxRequestHeadBytes) {
        this.maxRequestHeadBytes = maxRequestHeadBytes;
    }

    @Override
    public boolean errorPageForMethod(String method) {
        return true;
    }

    @Override
    protected void generateResponse(Request request, Response response, int code, String message, Throwable cause,
            Callback callback) throws JsonProcessingException {
        var body = code == 414 || code == 431
                ? ErrorMapping.body("request_too_large", "The URL and headers of this request are longer than the "
                        + maxRequestHeadBytes + " bytes this server reads; send a long SPARQL query by POST, as an "
                        + "application/sparql-query body")
                : ErrorMapping.body(ErrorMapping.code(code), "The server could not read this HTTP request: "
                        + (message == null || message.isBlank() ? HttpStatus.getMessage(code) : message));
        response.getHeaders().put(HttpHeader.CONTENT_TYPE, "application/json");
        response.write(true, ByteBuffer.wrap(JSON.writeValueAsBytes(body)), callback);
    }
}
