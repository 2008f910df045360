package org.minutegraph.server.web.http;

/** 404: nothing lives at this path, or the named resource does not exist. */
public class NotFoundException extends ApiException {

    public NotFoundException(String detail) {
        super(404, "not_found", detail);
    }
}
