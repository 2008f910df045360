package org.minutegraph.server.sparql;

import java.util.Objects;

/**
 * A complete answer, held in memory so that status and body are only sent once the query has
 * finished within its limits.
 *
 * @param contentType the full Content-Type header value
 * @param body        the encoded answer
 * @param form        the query form that produced it (select, ask, construct, describe)
 */
public record SparqlResponse(String contentType, byte[] body, String form) {

    public SparqlResponse {
        Objects.requireNonNull(contentType, "contentType");
        Objects.requireNonNull(body, "body");
        Objects.requireNonNull(form, "form");
    }
}
