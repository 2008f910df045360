package org.minutegraph.server.web.http;

/** 503: the work took longer than its time limit and was stopped; nothing partial was sent. */
public class QueryTimeoutException extends ApiException {

    public QueryTimeoutException(String detail) {
        super(503, "timeout", detail);
    }
}
