package org.minutegraph.server.graph;

/** No meeting has the IRI or source path that was asked for. */
public class MeetingNotFoundException extends GraphNotFoundException {
    public MeetingNotFoundException(String iriOrSourcePath) {
        super("No meeting with IRI or source path '" + iriOrSourcePath
                + "'; give a source path such as container/20230220.md or a meeting IRI");
    }
}
