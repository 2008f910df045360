package org.minutegraph.server.cli;

import java.util.concurrent.Callable;

import org.minutegraph.ingest.store.InconsistentStoreException;
import org.minutegraph.ingest.store.StoreDigest;
import org.minutegraph.ingest.store.StoreException;
import org.minutegraph.ingest.store.StoreReader;
import org.minutegraph.ingest.store.StoreValidator;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;

/**
 * {@code minutegraph bench digest}: opens a store as every reader does, checks it against the SHACL
 * shapes and prints one line: the digests of its graph and index, {@value #NO_STORE}, {@code
 * refused: inconsistent ...}, {@code refused: ...} or {@code invalid: ...}. The crash test compares
 * these lines.
 */
@Command(name = "digest", mixinStandardHelpOptions = true,
        description = "Prints the digests of the store's graph and index (or why it cannot be read), after checking its shapes.")
final class DigestCommand implements Callable<Integer> {

    static final String NO_STORE = "no store";

    @Mixin
    StoreOptions store;

    @picocli.CommandLine.Spec
    picocli.CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() {
        var out = spec.commandLine().getOut();
        if (!store.layout().exists() && !store.layout().legacy()) {
            out.println(NO_STORE);
            return 0;
        }
        try (StoreReader s = store.openExisting()) {
            var report = new StoreValidator().validate(s.graph());
            if (!report.conforms()) {
                out.println("invalid: " + report.getEntries().size() + " violation(s) of the shapes");
                return 1;
            }
            StoreDigest digest = StoreDigest.of(s);
            out.println(digest.graph() + " " + digest.index());
            return 0;
        } catch (InconsistentStoreException e) {
            out.println("refused: inconsistent: " + e.getMessage());
            return 1;
        } catch (StoreException | org.minutegraph.ingest.index.IndexException e) {
            out.println("refused: " + e.getMessage());
            return 1;
        }
    }
}
