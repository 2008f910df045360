package org.minutegraph.server.web.http;

import java.util.Map;
import java.util.Objects;

/**
 * An error a handler reports to the client: an HTTP status, a short machine-readable code
 * ({@code error}) and a sentence a person can act on ({@code detail}). Never carries a stack trace
 * to the client.
 */
public class ApiException extends RuntimeException {

    private final int status;
    private final String error;

    public ApiException(int status, String error, String detail) {
        super(Objects.requireNonNull(detail, "detail"));
        if (status < 400 || status > 599) {
            throw new IllegalArgumentException("An API error needs a 4xx or 5xx status, not " + status);
        }
        this.status = status;
        this.error = Objects.requireNonNull(error, "error");
    }

    /** The HTTP status code. */
    public int status() {
        return status;
    }

    /** The short error code, e.g. {@code bad_request}, {@code timeout}. */
    public String error() {
        return error;
    }

    /** What was wrong, for a person. */
    public String detail() {
        return getMessage();
    }

    /** Headers the response carries besides the body (e.g. {@code Retry-After}); none by default. */
    public Map<String, String> headers() {
        return Map.of();
    }
}
