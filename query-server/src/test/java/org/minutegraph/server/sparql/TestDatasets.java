package org.minutegraph.server.sparql;

import java.io.InputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import org.apache.jena.atlas.iterator.Iter;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFParser;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.system.Txn;
import org.apache.jena.tdb2.TDB2Factory;

/** Small datasets and HTTP helpers shared by the SPARQL tests. */
final class TestDatasets {

    static final String FIXTURE = "/org/minutegraph/server/sparql/minutes-fixture.trig";

    private TestDatasets() {
    }

    /** An in-memory TDB2 dataset holding the invented minutes fixture. */
    static DatasetGraph minutesFixture() {
        DatasetGraph dsg = TDB2Factory.createDataset().asDatasetGraph();
        try (InputStream in = TestDatasets.class.getResourceAsStream(FIXTURE)) {
            Txn.executeWrite(dsg, () -> RDFParser.source(in).lang(Lang.TRIG).parse(dsg));
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
        return dsg;
    }

    /** An in-memory TDB2 dataset loaded from a TriG or N-Quads file. */
    static DatasetGraph load(Path file) {
        DatasetGraph dsg = TDB2Factory.createDataset().asDatasetGraph();
        Txn.executeWrite(dsg, () -> RDFParser.source(file).parse(dsg));
        return dsg;
    }

    /** Quads in every graph, default graph included. */
    static long quadCount(DatasetGraph dsg) {
        return Txn.calculateRead(dsg, () -> Iter.count(dsg.find()));
    }

    static HttpResponse<String> send(HttpClient client, HttpRequest request) {
        try {
            return client.send(request, HttpResponse.BodyHandlers.ofString());
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    static HttpRequest.Builder request(URI base, String pathAndQuery) {
        return HttpRequest.newBuilder(base.resolve(pathAndQuery));
    }
}
