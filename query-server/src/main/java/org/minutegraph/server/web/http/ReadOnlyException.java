package org.minutegraph.server.web.http;

/** 403: the request would change data, and this server never does. */
public class ReadOnlyException extends ApiException {

    public ReadOnlyException(String detail) {
        super(403, "read_only", detail);
    }
}
