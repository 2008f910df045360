package org.minutegraph.ingest.pipeline;

import static org.assertj.core.api.Assertions.assertThat;
import static org.minutegraph.ingest.pipeline.StoreQueries.count;
import static org.minutegraph.ingest.pipeline.StoreQueries.values;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.FieldInfo;
import org.apache.lucene.index.IndexableField;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.Terms;
import org.apache.lucene.index.TermsEnum;
import org.apache.lucene.store.FSDirectory;
import org.apache.lucene.util.BytesRef;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.minutegraph.ingest.model.IngestWarning;
import org.minutegraph.ingest.store.MinutegraphStore;
import org.minutegraph.ingest.store.StoreLayout;
import org.minutegraph.ingest.store.StoreReader;
import org.minutegraph.ontology.IriScheme;

/** The credential forms a tester planted leak into neither graph, page text nor index, and each is reported. */
class PlantedSecretsIngestTests {

    // Made up; the vendor-shaped ones are built by concatenation so secret scanners leave them alone.
    private static final String PROSE_PASSWORD = "Xy7!kq9";
    private static final String WEBHOOK = "TFAKE0000/BFAKE0000/" + "notARealWebhook" + "0".repeat(9);
    private static final String GOOGLE_KEY = "AIza" + "FakeKeyForTestsOnly" + "0".repeat(16);
    private static final String STRIPE_KEY = "sk_" + "live_" + "FAKEfake" + "0".repeat(16);
    private static final String TABLE_PASSWORD = "Fk3!xx9q";
    /** Pieces of the secrets that survive tokenising, lower-cased as the index holds them. */
    private static final String[] FRAGMENTS = {"kq9", "xx9q", "notarealwebhook", "fakekeyfortestsonly", "fakefake"};

    @TempDir
    Path tmp;

    @Test
    @DisplayName("five planted forms: redacted in every literal, IRI and index field, reported by line, prose kept")
    void plantedForms() throws IOException {
        Path minutes = Files.createDirectories(tmp.resolve("minutes/ops"));
        Files.writeString(minutes.resolve("20240610.md"), """
                # Ops meeting

                ## Participants

                * @alice

                ## Access

                - the root password for the staging db is %s
                - alerts go to https://hooks.slack.com/services/%s
                - maps key %s in the config
                - billing uses %s until Friday
                - the password is in the vault; use the password manager, password reset is next week

                | user | password |
                |------|----------|
                | admin | %s |
                """.formatted(PROSE_PASSWORD, WEBHOOK, GOOGLE_KEY, STRIPE_KEY, TABLE_PASSWORD));
        Path storeDir = tmp.resolve("store");
        IngestReport report = new Ingestor(IngestConfig.of(tmp.resolve("minutes"), storeDir), IngestListener.SILENT).run();

        List<String> secrets = List.of(PROSE_PASSWORD, WEBHOOK, GOOGLE_KEY, STRIPE_KEY, TABLE_PASSWORD);
        assertThat(report.warnings()).filteredOn(w -> w.reason().contains("redacted"))
                .extracting(IngestWarning::line).containsExactly(9, 10, 11, 12, 17);
        assertThat(report.warnings()).allSatisfy(w -> assertThat(w.toString()).doesNotContain(secrets));
        try (StoreReader opened = StoreReader.open(new StoreLayout(storeDir), IriScheme.defaults())) {
            MinutegraphStore store = opened.graph();
            for (String secret : secrets) {
                assertThat(count(store, "GRAPH ?g { ?s ?p ?o } FILTER(CONTAINS(STR(?s), \"%1$s\") || CONTAINS(STR(?o), \"%1$s\"))"
                        .formatted(secret))).as(secret).isZero();
            }
            String page = values(store, "SELECT ?c WHERE { GRAPH ?g { ?m mg:content ?c } }").get(0);
            assertThat(page).contains("the password is in the vault; use the password manager, password reset is next week")
                    .contains("| admin | [REDACTED] |").contains("https://hooks.slack.com/services/[REDACTED]");
            assertThat(page.lines().count()).isEqualTo(17);
        }
        assertThat(indexText(new StoreLayout(storeDir).index())).isNotEmpty()
                .noneSatisfy(t -> assertThat(t).containsAnyOf(FRAGMENTS))
                .anySatisfy(t -> assertThat(t).contains("vault"));
    }

    /** Every stored value and every indexed term of the index, lower-cased. */
    private static List<String> indexText(Path index) throws IOException {
        List<String> out = new ArrayList<>();
        try (var dir = FSDirectory.open(index); var reader = DirectoryReader.open(dir)) {
            for (int d = 0; d < reader.maxDoc(); d++) {
                for (IndexableField f : reader.storedFields().document(d)) {
                    if (f.stringValue() != null) {
                        out.add(f.stringValue().toLowerCase(Locale.ROOT));
                    }
                }
            }
            for (LeafReaderContext leaf : reader.leaves()) {
                for (FieldInfo info : leaf.reader().getFieldInfos()) {
                    Terms terms = leaf.reader().terms(info.name);
                    if (terms == null) {
                        continue;
                    }
                    TermsEnum e = terms.iterator();
                    for (BytesRef t = e.next(); t != null; t = e.next()) {
                        out.add(t.utf8ToString().toLowerCase(Locale.ROOT));
                    }
                }
            }
        }
        return out;
    }
}
