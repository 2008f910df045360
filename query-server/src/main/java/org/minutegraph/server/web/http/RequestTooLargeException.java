package org.minutegraph.server.web.http;

/** 413: the request (a query, a body) is larger than this server accepts; the detail gives the limit. */
public class RequestTooLargeException extends ApiException {

    public RequestTooLargeException(String error, String detail) {
        super(413, error, detail);
    }
}
