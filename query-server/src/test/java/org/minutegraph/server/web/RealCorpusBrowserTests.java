package org.minutegraph.server.web;

import java.nio.file.Path;

import org.minutegraph.server.TestStores;

/** The browser flow (search → who → timeline for Harbor, YASGUI) on the real SCS corpus; skipped where ../shared is absent. */
class RealCorpusBrowserTests extends BrowserFlow {

    @Override
    Path storeDir(Path work) {
        return TestStores.real();
    }

    @Override
    String prefix() {
        return "real";
    }
}
