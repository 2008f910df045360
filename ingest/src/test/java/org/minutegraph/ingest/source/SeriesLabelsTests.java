package org.minutegraph.ingest.source;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class SeriesLabelsTests {

    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource({
        "container, Team Container",
        "iaas, Team IaaS",
        "ops-iam, Team Ops IAM",
        "sig-monitoring, SIG Monitoring",
        "sig-monitoring-audit-log-wg, SIG Monitoring Audit Log WG",
        "community-call, Community Call",
        "product-board, Product Board",
        "meetings, Meetings",
    })
    void derivesLabels(String slug, String label) {
        assertThat(SeriesLabels.derived().label(slug)).isEqualTo(label);
    }

    @Test
    void propertiesOverride(@TempDir Path dir) throws Exception {
        Path file = dir.resolve("labels.properties");
        Files.writeString(file, "sig-markt=SIG Market\n");
        SeriesLabels labels = SeriesLabels.load(file);
        assertThat(labels.label("sig-markt")).isEqualTo("SIG Market");
        assertThat(labels.label("container")).isEqualTo("Team Container");
    }

    @Test
    void turtleOverrideByIriOrSlug(@TempDir Path dir) throws Exception {
        Path file = dir.resolve("labels.ttl");
        Files.writeString(file, """
                @prefix rdfs: <http://www.w3.org/2000/01/rdf-schema#> .
                @prefix mg: <https://w3id.org/minutegraph#> .
                <https://w3id.org/minutegraph/id/series/openops> rdfs:label "OpenOps Team" .
                [] mg:slug "sig-markt" ; rdfs:label "SIG Market" .
                """);
        SeriesLabels labels = SeriesLabels.load(file);
        assertThat(labels.label("openops")).isEqualTo("OpenOps Team");
        assertThat(labels.label("sig-markt")).isEqualTo("SIG Market");
    }
}
