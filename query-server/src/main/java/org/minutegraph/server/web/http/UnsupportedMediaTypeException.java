package org.minutegraph.server.web.http;

/** 415: the request body's content type (or charset) is not one the route reads. */
public class UnsupportedMediaTypeException extends ApiException {

    public UnsupportedMediaTypeException(String detail) {
        super(415, "unsupported_media_type", detail);
    }
}
