package org.minutegraph.server.web;

/** The server was configured in a way it cannot run with; the message says what to change. */
public class ServerConfigException extends RuntimeException {

    public ServerConfigException(String message) {
        super(message);
    }

    public ServerConfigException(String message, Throwable cause) {
        super(message, cause);
    }
}
