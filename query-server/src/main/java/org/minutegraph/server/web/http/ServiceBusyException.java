package org.minutegraph.server.web.http;

import java.util.Map;

/**
 * 503 with {@code Retry-After}: every slot for this kind of work is taken; the same request is
 * likely to succeed after the given number of seconds.
 */
public class ServiceBusyException extends ApiException {

    private final long retryAfterSeconds;

    public ServiceBusyException(String detail, long retryAfterSeconds) {
        super(503, "busy", detail);
        if (retryAfterSeconds < 1) {
            throw new IllegalArgumentException("Retry-After must be at least 1 second, not " + retryAfterSeconds);
        }
        this.retryAfterSeconds = retryAfterSeconds;
    }

    /** Seconds after which a retry is likely to find a free slot. */
    public long retryAfterSeconds() {
        return retryAfterSeconds;
    }

    @Override
    public Map<String, String> headers() {
        return Map.of("Retry-After", Long.toString(retryAfterSeconds));
    }
}
