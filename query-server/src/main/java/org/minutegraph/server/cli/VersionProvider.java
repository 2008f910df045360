package org.minutegraph.server.cli;

import picocli.CommandLine;

/** The version from the jar's manifest, or "development" when run from classes. */
final class VersionProvider implements CommandLine.IVersionProvider {
    @Override
    public String[] getVersion() {
        String v = MinutegraphCommand.class.getPackage().getImplementationVersion();
        return new String[] {"minutegraph " + (v == null ? "development" : v)};
    }
}
