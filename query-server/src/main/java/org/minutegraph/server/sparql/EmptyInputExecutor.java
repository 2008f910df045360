package org.minutegraph.server.sparql;

import java.util.Objects;
import org.apache.jena.sparql.algebra.Op;
import org.apache.jena.sparql.engine.ExecutionContext;
import org.apache.jena.sparql.engine.QueryIterator;
import org.apache.jena.sparql.engine.main.OpExecutorFactory;
import org.apache.jena.sparql.engine.main.QC;
import org.apache.jena.sparql.util.Context;
import org.apache.jena.tdb2.solver.OpExecutorTDB2;

/**
 * TDB2's query executor, except that a step whose input has no solutions answers none at once.
 *
 * <p>TDB2 6.0.0 reorders a basic graph pattern of two or more triples by peeking at the first
 * solution of its input, and no longer checks first that there is one: when an earlier step
 * finds nothing (an {@code mg:search} without hits, an outer pattern without matches) the query
 * fails with "Peek iterator is already empty" instead of answering no rows
 * (https://github.com/apache/jena/issues/3763, open for 6.0.0). Every step joins its input with
 * its own solutions, so an empty input always gives an empty result; saying so before TDB2 looks
 * fixes every query shape in one place.
 */
final class EmptyInputExecutor extends OpExecutorTDB2 {

    private static final OpExecutorFactory FACTORY = EmptyInputExecutor::new;

    private EmptyInputExecutor(ExecutionContext execCxt) {
        super(execCxt);
    }

    /** Makes queries run with {@code context} use this executor. */
    static void install(Context context) {
        QC.setFactory(Objects.requireNonNull(context, "context"), FACTORY);
    }

    @Override
    protected QueryIterator exec(Op op, QueryIterator input) {
        if (!input.hasNext()) {
            return input;
        }
        return super.exec(op, input);
    }
}
