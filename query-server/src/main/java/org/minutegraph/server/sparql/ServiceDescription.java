package org.minutegraph.server.sparql;

import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.ModelFactory;
import org.apache.jena.rdf.model.Property;
import org.apache.jena.rdf.model.Resource;
import org.apache.jena.vocabulary.RDF;

/**
 * The SPARQL 1.1 Service Description of this endpoint: what it speaks (queries only), which result
 * formats it writes, and that its default graph is the union of the named graphs.
 */
final class ServiceDescription {

    static final String SD = "http://www.w3.org/ns/sparql-service-description#";
    private static final String FORMATS = "http://www.w3.org/ns/formats/";

    private ServiceDescription() {
    }

    /** The description for the endpoint reachable at {@code endpointUrl}. */
    static Model describe(String endpointUrl, boolean unionDefaultGraph) {
        Model model = ModelFactory.createDefaultModel();
        model.setNsPrefix("sd", SD);
        model.setNsPrefix("formats", FORMATS);
        Resource service = model.createResource()
                .addProperty(RDF.type, sd(model, "Service"))
                .addProperty(prop(model, "endpoint"), model.createResource(endpointUrl))
                .addProperty(prop(model, "supportedLanguage"), sd(model, "SPARQL11Query"));
        for (String format : new String[] {"SPARQL_Results_JSON", "SPARQL_Results_XML", "SPARQL_Results_CSV",
                "SPARQL_Results_TSV", "Turtle", "N-Triples", "JSON-LD", "RDF_XML"}) {
            service.addProperty(prop(model, "resultFormat"), model.createResource(FORMATS + format));
        }
        if (unionDefaultGraph) {
            service.addProperty(prop(model, "feature"), sd(model, "UnionDefaultGraph"));
        }
        Resource defaultGraph = model.createResource().addProperty(RDF.type, sd(model, "Graph"));
        Resource dataset = model.createResource()
                .addProperty(RDF.type, sd(model, "Dataset"))
                .addProperty(prop(model, "defaultGraph"), defaultGraph);
        service.addProperty(prop(model, "defaultDataset"), dataset);
        return model;
    }

    private static Resource sd(Model model, String local) {
        return model.createResource(SD + local);
    }

    private static Property prop(Model model, String local) {
        return model.createProperty(SD, local);
    }
}
