package org.minutegraph.server.web;

import java.nio.file.Path;

/** The browser flow on the sample corpus in data/. */
class SampleBrowserTests extends BrowserFlow {

    @Override
    Path storeDir(Path work) {
        return SampleStore.ingest(SampleStore.sampleCorpus(), work.resolve("store"));
    }

    @Override
    String prefix() {
        return "sample";
    }
}
