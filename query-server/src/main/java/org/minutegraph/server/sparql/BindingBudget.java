package org.minutegraph.server.sparql;

import org.apache.jena.sparql.algebra.Op;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.engine.ExecutionContext;
import org.apache.jena.sparql.engine.QueryIterator;
import org.apache.jena.sparql.engine.binding.Binding;
import org.apache.jena.sparql.engine.iterator.QueryIter1;
import org.apache.jena.sparql.engine.main.OpExecutor;
import org.apache.jena.sparql.engine.main.OpExecutorFactory;
import org.apache.jena.sparql.engine.main.QC;
import org.apache.jena.tdb2.solver.OpExecutorTDB2;
import org.minutegraph.server.web.http.BadRequestException;

/**
 * The intermediate results one query may produce: every binding that leaves a stage of the plan
 * (a pattern match, a join, a BIND, a sub-select...) is counted, and the query is stopped with a
 * 400 {@code query_too_expensive} once the count passes the limit. A stage that materialises its
 * input (ORDER BY, GROUP BY, DISTINCT, GROUP_CONCAT, a hash join) therefore never holds more than
 * the limit, so a cartesian product cannot fill the heap, however long the timeout.
 *
 * <p>Installed per query as Jena's {@link OpExecutorFactory}: the executor of the dataset
 * (TDB2's, with its pattern reordering, or ARQ's) with each stage's output wrapped. Not
 * thread-safe: one query's iterators run on one thread.
 */
final class BindingBudget {

    private final long limit;
    private long produced;

    BindingBudget(long limit) {
        this.limit = limit;
    }

    /** The factory that counts for this budget, on the kind of executor {@code dataset} would get anyway. */
    OpExecutorFactory executorFor(DatasetGraph dataset) {
        boolean tdb2 = QC.getFactory(dataset.getContext()) == OpExecutorTDB2.OpExecFactoryTDB;
        return tdb2 ? cxt -> new CountingTdb2Executor(cxt, this) : cxt -> new CountingExecutor(cxt, this);
    }

    /** Intermediate bindings counted so far. */
    long produced() {
        return produced;
    }

    private QueryIterator counted(QueryIterator output, QueryIterator input, ExecutionContext cxt) {
        // A stage that passes its input through adds nothing; the root must stay recognisable as the join identity.
        return output == input || output.isJoinIdentity() ? output : new Counted(output, cxt);
    }

    private void count() {
        if (++produced > limit) {
            throw new BadRequestException("query_too_expensive", "The query needed more than " + String.format("%,d", limit)
                    + " intermediate results, the limit of this endpoint, and was stopped. Usually a pattern shares no variable"
                    + " with the rest (a cartesian product); join it on a shared variable, or narrow the patterns before"
                    + " ORDER BY, GROUP BY or DISTINCT");
        }
    }

    private final class Counted extends QueryIter1 {

        Counted(QueryIterator input, ExecutionContext cxt) {
            super(input, cxt);
        }

        @Override
        protected boolean hasNextBinding() {
            return getInput().hasNext();
        }

        @Override
        protected Binding moveToNextBinding() {
            count();
            return getInput().nextBinding();
        }

        @Override
        protected void requestSubCancel() {
        }

        @Override
        protected void closeSubIterator() {
        }
    }

    private static final class CountingExecutor extends OpExecutor {

        private final BindingBudget budget;

        CountingExecutor(ExecutionContext cxt, BindingBudget budget) {
            super(cxt);
            this.budget = budget;
        }

        @Override
        protected QueryIterator exec(Op op, QueryIterator input) {
            return budget.counted(super.exec(op, input), input, execCxt);
        }
    }

    private static final class CountingTdb2Executor extends OpExecutorTDB2 {

        private final BindingBudget budget;

        CountingTdb2Executor(ExecutionContext cxt, BindingBudget budget) {
            super(cxt);
            this.budget = budget;
        }

        @Override
        protected QueryIterator exec(Op op, QueryIterator input) {
            return budget.counted(super.exec(op, input), input, execCxt);
        }
    }
}
