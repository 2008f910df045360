package org.minutegraph.server.cli;

import java.nio.file.Path;

import org.minutegraph.ingest.store.StoreLayout;
import org.minutegraph.ingest.store.StoreReader;
import org.minutegraph.ontology.IriScheme;
import org.minutegraph.ontology.MG;
import picocli.CommandLine.Option;

/** The options every command that reads or writes a store shares. */
final class StoreOptions {

    @Option(names = "--store", paramLabel = "DIR", defaultValue = "store",
            description = "Store directory (TDB2 dataset + Lucene index). Default: ${DEFAULT-VALUE}")
    Path store;

    @Option(names = "--base", paramLabel = "IRI", defaultValue = MG.DEFAULT_BASE,
            description = "Base of the IRIs minted for meetings, people, topics. Default: ${DEFAULT-VALUE}")
    String base;

    StoreLayout layout() {
        return new StoreLayout(store);
    }

    IriScheme iris() {
        return new IriScheme(base);
    }

    /** Graph and index, refused with what to run when there is no store or its halves disagree. */
    StoreReader openExisting() {
        return StoreReader.open(layout(), iris());
    }
}
