package org.minutegraph.server.web.http;

/** 400: the request itself is wrong (missing or malformed parameter, syntax error, too large). */
public class BadRequestException extends ApiException {

    public BadRequestException(String detail) {
        this("bad_request", detail);
    }

    public BadRequestException(String error, String detail) {
        super(400, error, detail);
    }
}
