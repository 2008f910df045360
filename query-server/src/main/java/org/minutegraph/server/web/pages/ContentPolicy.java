package org.minutegraph.server.web.pages;

/**
 * The Content-Security-Policy of every page: scripts only from this server, none
 * inline, so even markup that slipped past escaping could not run.
 */
final class ContentPolicy {

    static final String HEADER = "default-src 'self'; script-src 'self'; style-src 'self' 'unsafe-inline'; img-src 'self' data:; "
            + "connect-src 'self'; object-src 'none'; base-uri 'none'; frame-ancestors 'none'; form-action 'self'";

    private ContentPolicy() {
    }
}
