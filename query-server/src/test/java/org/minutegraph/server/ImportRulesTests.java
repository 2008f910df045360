package org.minutegraph.server;

import static com.tngtech.archunit.library.Architectures.layeredArchitecture;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.library.Architectures.LayeredArchitecture;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/**
 * The import rule that holds the layers: data flows source → parse → extract → rdf/index → store →
 * services (catalog, graph, search, sparql, the facade) → web / cli, and no layer reaches back up.
 * The ontology (vocabulary constants) and ingest's model (values) are used everywhere.
 */
class ImportRulesTests {

    private static final String ROOT = "org.minutegraph";

    private static final JavaClasses MAIN = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            // ingest's test support comes as a test jar in a full build, which the option above does not know
            .withImportOption(location -> !location.contains("-tests.jar"))
            .importPackages(ROOT);

    static LayeredArchitecture layers() {
        return layeredArchitecture().consideringOnlyDependenciesInLayers()
                .layer("source").definedBy(ROOT + ".ingest.source..")
                .layer("parse").definedBy(ROOT + ".ingest.parse..")
                .layer("extract").definedBy(ROOT + ".ingest.extract..")
                .layer("rdf").definedBy(ROOT + ".ingest.rdf..")
                .layer("index").definedBy(ROOT + ".ingest.index..")
                .layer("store").definedBy(ROOT + ".ingest.store..")
                .layer("pipeline").definedBy(ROOT + ".ingest.pipeline..")
                .layer("catalog").definedBy(ROOT + ".server.catalog..")
                .layer("graph").definedBy(ROOT + ".server.graph..")
                .layer("search").definedBy(ROOT + ".server.search..")
                .layer("sparql").definedBy(ROOT + ".server.sparql..")
                .layer("services").definedBy(ROOT + ".server.services..")
                .layer("http").definedBy(ROOT + ".server.web.http..")
                .layer("pages").definedBy(ROOT + ".server.web.pages..")
                .layer("web").definedBy(ROOT + ".server.web")
                .layer("cli").definedBy(ROOT + ".server.cli..")

                .whereLayer("cli").mayNotBeAccessedByAnyLayer()
                .whereLayer("web").mayOnlyBeAccessedByLayers("cli")
                .whereLayer("pages").mayOnlyBeAccessedByLayers("web")
                .whereLayer("services").mayOnlyBeAccessedByLayers("web", "cli")
                .whereLayer("http").mayOnlyBeAccessedByLayers("sparql", "pages", "web")
                .whereLayer("sparql").mayOnlyBeAccessedByLayers("services", "pages", "web", "cli")
                .whereLayer("search").mayOnlyBeAccessedByLayers("sparql", "services", "pages", "web", "cli")
                .whereLayer("graph").mayOnlyBeAccessedByLayers("services", "pages", "web")
                .whereLayer("catalog").mayOnlyBeAccessedByLayers("graph", "search", "services", "pages", "web")
                .whereLayer("pipeline").mayOnlyBeAccessedByLayers("cli")
                .whereLayer("store").mayOnlyBeAccessedByLayers("pipeline", "graph", "services", "web", "cli")
                .whereLayer("index").mayOnlyBeAccessedByLayers("store", "pipeline", "search", "sparql", "services", "web", "cli")
                .whereLayer("rdf").mayOnlyBeAccessedByLayers("pipeline")
                .whereLayer("extract").mayOnlyBeAccessedByLayers("pipeline")
                .whereLayer("parse").mayOnlyBeAccessedByLayers("pipeline")
                .whereLayer("source").mayOnlyBeAccessedByLayers("parse", "pipeline", "cli");
    }

    @Test
    @DisplayName("every package imports only the layers below it (source → … → store → services → web/cli)")
    void layersImportDownwardOnly() {
        layers().check(MAIN);
    }
}
