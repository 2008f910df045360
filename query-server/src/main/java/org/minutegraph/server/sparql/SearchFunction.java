package org.minutegraph.server.sparql;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import org.apache.jena.datatypes.xsd.XSDDatatype;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.sparql.ARQConstants;
import org.apache.jena.sparql.core.Var;
import org.apache.jena.sparql.engine.ExecutionContext;
import org.apache.jena.sparql.engine.QueryIterator;
import org.apache.jena.sparql.engine.binding.Binding;
import org.apache.jena.sparql.engine.binding.BindingBuilder;
import org.apache.jena.sparql.engine.iterator.QueryIterPlainWrapper;
import org.apache.jena.sparql.pfunction.PropFuncArg;
import org.apache.jena.sparql.pfunction.PropFuncArgType;
import org.apache.jena.sparql.pfunction.PropertyFunctionEval;
import org.apache.jena.sparql.pfunction.PropertyFunctionRegistry;
import org.apache.jena.sparql.util.Context;
import org.minutegraph.ontology.MG;
import org.minutegraph.server.search.SearchHit;
import org.minutegraph.server.search.SearchResponse;

/**
 * The {@code mg:search} property function: full-text (or hybrid) passage search inside SPARQL,
 * backed by the same index and service as {@code /api/search}.
 *
 * <pre>{@code
 * (?passage ?score ?snippet) mg:search ("harbor" 20 "lexical") .
 * ?passage mg:inMeeting ?meeting .
 * }</pre>
 *
 * Subjects: the passage (its {@code mg:Section} IRI), then optionally its score (xsd:double) and an
 * HTML snippet; a subject already bound keeps only matching hits. Hits come in rank order.
 */
public final class SearchFunction extends PropertyFunctionEval {

    /** The IRI the function is registered under. */
    public static final String IRI = MG.NS + "search";

    private final TextSearch search;

    SearchFunction(TextSearch search) {
        super(PropFuncArgType.PF_ARG_EITHER, PropFuncArgType.PF_ARG_EITHER);
        this.search = Objects.requireNonNull(search, "search");
    }

    /**
     * Makes {@code mg:search} available to queries run with {@code context} (a query's, an
     * endpoint's or a dataset's), on a copy of the registry in force, so nothing global changes.
     */
    public static void install(Context context, TextSearch search) {
        Objects.requireNonNull(context, "context");
        Objects.requireNonNull(search, "search");
        PropertyFunctionRegistry registry = PropertyFunctionRegistry.createFrom(PropertyFunctionRegistry.chooseRegistry(context));
        registry.put(IRI, uri -> new SearchFunction(search));
        context.set(ARQConstants.registryPropertyFunctions, registry);
    }

    @Override
    public void build(PropFuncArg subject, Node predicate, PropFuncArg object, ExecutionContext execCxt) {
        if (subject.isList() && (subject.getArgListSize() < 1 || subject.getArgListSize() > 3)) {
            throw SearchArguments.bad("takes 1 to 3 subjects (passage, score, snippet), got " + subject.getArgListSize());
        }
        super.build(subject, predicate, object, execCxt);
    }

    @Override
    public QueryIterator execEvaluated(Binding binding, PropFuncArg subject, Node predicate, PropFuncArg object,
            ExecutionContext execCxt) {
        SearchArguments args = SearchArguments.parse(object.isList() ? object.getArgList() : List.of(object.getArg()));
        List<Node> slots = subject.isList() ? subject.getArgList() : List.of(subject.getArg());
        SearchResponse response = search.search(args, slots.size() > 2);
        List<Binding> rows = new ArrayList<>(response.hits().size());
        for (SearchHit hit : response.hits()) {
            BindingBuilder row = BindingBuilder.create(binding);
            if (bind(row, slots, 0, NodeFactory.createURI(hit.passage()))
                    && bind(row, slots, 1, NodeFactory.createLiteralDT(Double.toString(hit.score()), XSDDatatype.XSDdouble))
                    && bind(row, slots, 2, NodeFactory.createLiteralString(hit.snippet()))) {
                rows.add(row.build());
            }
        }
        return QueryIterPlainWrapper.create(rows.iterator(), execCxt);
    }

    /** Binds a variable slot, or checks a constant (or already bound) slot against {@code value}. */
    private static boolean bind(BindingBuilder row, List<Node> slots, int i, Node value) {
        if (i >= slots.size()) {
            return true;
        }
        Node slot = slots.get(i);
        if (slot.isVariable()) {
            Var var = Var.alloc(slot);
            Node bound = row.get(var);
            if (bound == null) {
                row.add(var, value);
                return true;
            }
            return bound.equals(value);
        }
        return slot.equals(value);
    }
}
