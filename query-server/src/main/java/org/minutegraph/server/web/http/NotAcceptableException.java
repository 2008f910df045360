package org.minutegraph.server.web.http;

/** 406: none of the media types the client accepts can be produced for this response. */
public class NotAcceptableException extends ApiException {

    public NotAcceptableException(String detail) {
        super(406, "not_acceptable", detail);
    }
}
