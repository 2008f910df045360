package org.minutegraph.server.sparql;

import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.function.ToLongFunction;
import org.apache.jena.graph.Node;
import org.apache.jena.sparql.algebra.Op;
import org.apache.jena.sparql.algebra.op.OpExtend;
import org.apache.jena.sparql.algebra.op.OpGroup;
import org.apache.jena.sparql.core.Var;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.engine.ExecutionContext;
import org.apache.jena.sparql.engine.QueryIterator;
import org.apache.jena.sparql.engine.binding.Binding;
import org.apache.jena.sparql.engine.iterator.QueryIter1;
import org.apache.jena.sparql.engine.iterator.QueryIterGroup;
import org.apache.jena.sparql.engine.main.OpExecutor;
import org.apache.jena.sparql.engine.main.OpExecutorFactory;
import org.apache.jena.sparql.engine.main.QC;
import org.apache.jena.sparql.expr.Expr;
import org.apache.jena.sparql.expr.ExprAggregator;
import org.apache.jena.sparql.expr.ExprEvalException;
import org.apache.jena.sparql.expr.NodeValue;
import org.apache.jena.sparql.expr.aggregate.AggGroupConcat;
import org.apache.jena.sparql.expr.aggregate.AggGroupConcatDistinct;
import org.apache.jena.sparql.expr.aggregate.Aggregator;
import org.apache.jena.tdb2.solver.OpExecutorTDB2;
import org.minutegraph.server.web.http.BadRequestException;

/**
 * The intermediate results one query may produce: every binding that leaves a stage of the plan
 * (a pattern match, a join, a BIND, a sub-select...) is counted, and the query is stopped with a
 * 400 {@code query_too_expensive} once the count passes the limit. A stage that materialises its
 * input (ORDER BY, GROUP BY, DISTINCT, a hash join) therefore never holds more than the limit, so a
 * cartesian product cannot fill the heap, however long the timeout. Text a query builds counts too,
 * {@link #CHARS_PER_RESULT} characters as one result: the values a BIND or SELECT expression makes,
 * and what GROUP_CONCAT appends (it keeps one growing string per group, not bindings).
 *
 * <p>Installed per query as Jena's {@link OpExecutorFactory}: the executor of the dataset
 * (TDB2's, with its pattern reordering, or ARQ's) with each stage's output wrapped. Not
 * thread-safe: one query's iterators run on one thread.
 */
final class BindingBudget {

    /** Characters of built text that weigh as much as one intermediate result. */
    static final int CHARS_PER_RESULT = 50;

    private final long limit;
    private long bindings;
    private long chars;

    BindingBudget(long limit) {
        this.limit = limit;
    }

    /** The factory that counts for this budget, on the kind of executor {@code dataset} would get anyway. */
    OpExecutorFactory executorFor(DatasetGraph dataset) {
        boolean tdb2 = QC.getFactory(dataset.getContext()) == OpExecutorTDB2.OpExecFactoryTDB;
        return tdb2 ? cxt -> new CountingTdb2Executor(cxt, this) : cxt -> new CountingExecutor(cxt, this);
    }

    /** Intermediate results counted so far: the bindings, and the text built in units of {@link #CHARS_PER_RESULT}. */
    long produced() {
        return bindings + chars / CHARS_PER_RESULT;
    }

    private QueryIterator counted(Op op, QueryIterator output, QueryIterator input, ExecutionContext cxt) {
        // A stage that passes its input through adds nothing; the root must stay recognisable as the join identity.
        if (output == input || output.isJoinIdentity()) {
            return output;
        }
        ToLongFunction<Binding> text = op instanceof OpExtend extend ? builtText(extend.getVarExprList().getVars()) : b -> 0;
        return new Counted(output, text, cxt);
    }

    /** Like ARQ's own GROUP BY, with what each GROUP_CONCAT will append counted as it arrives. */
    private QueryIterator group(OpGroup group, QueryIterator input, ExecutionContext cxt) {
        List<Expr> concatenated = group.getAggregators().stream().map(ExprAggregator::getAggregator)
                .filter(a -> a instanceof AggGroupConcat || a instanceof AggGroupConcatDistinct)
                .map(Aggregator::getExprList).filter(Objects::nonNull)
                .flatMap(exprs -> exprs.getList().stream()).toList();
        QueryIterator appended = concatenated.isEmpty() ? input
                : new Counted(input, b -> concatenated.stream().mapToLong(e -> length(e, b, cxt)).sum(), cxt);
        return new QueryIterGroup(appended, group.getGroupVars(), group.getAggregators(), cxt);
    }

    private static ToLongFunction<Binding> builtText(List<Var> vars) {
        return binding -> {
            long chars = 0;
            for (Var var : vars) {
                Node value = binding.get(var);
                if (value != null && value.isLiteral()) {
                    chars += value.getLiteralLexicalForm().length();
                }
            }
            return chars;
        };
    }

    private static long length(Expr expr, Binding binding, ExecutionContext cxt) {
        try {
            NodeValue value = expr.eval(binding, cxt);
            return value.asNode().isLiteral() ? value.asNode().getLiteralLexicalForm().length() : 0;
        } catch (ExprEvalException e) {
            return 0; // GROUP_CONCAT skips it too
        }
    }

    private void count(long builtChars) {
        bindings++;
        chars += builtChars;
        if (produced() > limit) {
            throw new BadRequestException("query_too_expensive", "The query needed more than " + String.format(Locale.ROOT, "%,d", limit)
                    + " intermediate results, the limit of this endpoint, and was stopped. Usually a pattern shares no variable"
                    + " with the rest (a cartesian product); join it on a shared variable, or narrow the patterns before"
                    + " ORDER BY, GROUP BY or DISTINCT");
        }
    }

    /** Counts each binding that passes, plus the text {@code chars} says it carries. */
    private final class Counted extends QueryIter1 {

        private final ToLongFunction<Binding> chars;

        Counted(QueryIterator input, ToLongFunction<Binding> chars, ExecutionContext cxt) {
            super(input, cxt);
            this.chars = chars;
        }

        @Override
        protected boolean hasNextBinding() {
            return getInput().hasNext();
        }

        @Override
        protected Binding moveToNextBinding() {
            Binding next = getInput().nextBinding();
            count(chars.applyAsLong(next));
            return next;
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
            return budget.counted(op, super.exec(op, input), input, execCxt);
        }

        @Override
        protected QueryIterator execute(OpGroup group, QueryIterator input) {
            return budget.group(group, exec(group.getSubOp(), input), execCxt);
        }
    }

    /**
     * TDB2's executor, counting, and answering no solutions at once for a step whose input has none.
     *
     * <p>TDB2 6.0.0 reorders a basic graph pattern of two or more triples by peeking at the first
     * solution of its input, and no longer checks first that there is one: when an earlier step
     * finds nothing (an {@code mg:search} without hits, an outer pattern without matches) the query
     * fails with "Peek iterator is already empty" instead of answering no rows
     * (https://github.com/apache/jena/issues/3763, open for 6.0.0). Every step joins its input with
     * its own solutions, so an empty input always gives an empty result; saying so before TDB2 looks
     * fixes every query shape in one place.
     */
    private static final class CountingTdb2Executor extends OpExecutorTDB2 {

        private final BindingBudget budget;

        CountingTdb2Executor(ExecutionContext cxt, BindingBudget budget) {
            super(cxt);
            this.budget = budget;
        }

        @Override
        protected QueryIterator exec(Op op, QueryIterator input) {
            if (!input.hasNext()) {
                return input;
            }
            return budget.counted(op, super.exec(op, input), input, execCxt);
        }

        @Override
        protected QueryIterator execute(OpGroup group, QueryIterator input) {
            return budget.group(group, exec(group.getSubOp(), input), execCxt);
        }
    }
}
