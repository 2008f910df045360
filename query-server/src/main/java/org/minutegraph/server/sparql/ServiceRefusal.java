package org.minutegraph.server.sparql;

import java.util.Optional;
import org.apache.jena.graph.Node;
import org.apache.jena.query.Query;
import org.apache.jena.sparql.algebra.Algebra;
import org.apache.jena.sparql.algebra.OpVisitorBase;
import org.apache.jena.sparql.algebra.op.OpService;
import org.apache.jena.sparql.algebra.walker.Walker;
import org.apache.jena.sparql.expr.ExprVisitorBase;
import org.minutegraph.server.web.http.BadRequestException;

/**
 * Refuses federated queries before they run: a {@code SERVICE} anywhere in a query (a subquery,
 * an {@code EXISTS} filter) would make this server send requests to other servers, so it is a 400
 * that says so, never a failure in the middle of execution.
 */
final class ServiceRefusal {

    private ServiceRefusal() {
    }

    /** Throws a 400 naming the first {@code SERVICE} endpoint of {@code query}, if it has one. */
    static void check(Query query) {
        Optional<Node> service = firstService(query);
        if (service.isPresent()) {
            throw new BadRequestException("service_not_allowed", "SERVICE " + shown(service.get())
                    + " is not allowed: this endpoint answers from its own store only and never queries other servers;"
                    + " run federated queries from your own client (Jena, rdflib, Comunica) instead");
        }
    }

    private static Optional<Node> firstService(Query query) {
        Node[] found = new Node[1];
        Walker.walk(Algebra.compile(query), new OpVisitorBase() {
            @Override
            public void visit(OpService op) {
                if (found[0] == null) {
                    found[0] = op.getService();
                }
            }
        }, new ExprVisitorBase());
        return Optional.ofNullable(found[0]);
    }

    private static String shown(Node service) {
        return service.isURI() ? "<" + service.getURI() + ">" : service.toString();
    }
}
