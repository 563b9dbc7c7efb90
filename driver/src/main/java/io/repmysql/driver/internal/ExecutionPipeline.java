package io.repmysql.driver.internal;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.SQLNonTransientConnectionException;
import java.sql.Statement;
import java.util.List;

import io.repmysql.driver.SqlStates;
import io.repmysql.driver.routing.Classification;
import io.repmysql.driver.routing.Reason;
import io.repmysql.driver.routing.RouteDecision;
import io.repmysql.driver.routing.RoutingSession;
import io.repmysql.driver.routing.Target;

/**
 * The one path of every execution, for every kind of statement: <b>decide</b> (classify the SQL once, then the
 * {@link Router} picks the target, waits for consistency and falls back), <b>run</b> (the one retry rule — an
 * autocommit read that lost its reader runs once more — and, on the writer, {@link WriterLoss}'s translation of a
 * lost connection), <b>record</b> (session state, transaction state and metrics, again through the
 * {@link Router}). Plain statements decide at each execute; prepared and callable statements decided when they
 * were prepared, so they run and record here with that decision.
 */
final class ExecutionPipeline {

    private static final RouteDecision WRITE = new RouteDecision(Target.WRITER, Reason.WRITE_STATEMENT);

    private final RoutingSession routing;
    private final PhysicalConnections physicals;
    private final Router router;
    private final WriterLoss writerLoss;

    ExecutionPipeline(RoutingSession routing, PhysicalConnections physicals, Router router, WriterLoss writerLoss) {
        this.routing = routing;
        this.physicals = physicals;
        this.router = router;
        this.writerLoss = writerLoss;
    }

    /** A plain Statement's execute of {@code sql}: decide, run where decided (retrying once a lost read), record. */
    <R> R execute(String sql, boolean updatable, StatementBinder binder, Run<Statement, R> run) throws SQLException {
        Classification c = routing.classify(sql);
        RouteDecision decision = router.decide(sql, c, updatable);
        R result;
        if (decision.target() == Target.BOTH) {
            result = runEverywhere(binder, sql, c, run);
        } else {
            try {
                result = runOn(decision.target(), binder, sql, c, run);
            } catch (SQLException failure) {
                if (!router.mayRetry(c, decision, failure)) {
                    throw failure;
                }
                try {
                    decision = router.retry(decision);
                    result = runOn(decision.target(), binder, sql, c, run);
                } catch (SQLException second) {
                    second.addSuppressed(failure);
                    throw second;
                }
            }
        }
        router.executed(sql, c, decision);
        return result;
    }

    /** A plain Statement's batch: writes, so it runs on the writer, refused like any statement after a loss. */
    <R> R executeBatch(List<String> batch, StatementBinder binder, Run<Statement, R> run) throws SQLException {
        Classification[] classified = new Classification[batch.size()];
        for (int i = 0; i < classified.length; i++) {
            classified[i] = routing.classify(batch.get(i));
            writerLoss.checkUsable(classified[i]);
        }
        R result = runOn(Target.WRITER, binder, null, null, (physical, none) -> {
            for (String sql : batch) {
                physical.addBatch(sql);
            }
            return run.on(physical, null);
        });
        for (int i = 0; i < classified.length; i++) {
            router.executed(batch.get(i), classified[i], WRITE);
        }
        return result;
    }

    /**
     * Decides where {@code sql} is prepared ({@code preparer} prepares it again elsewhere): a write stays there; a
     * read that can move is decided again, and waits for consistency, at each execute.
     */
    Prepared prepare(String sql, boolean updatable, LogicalStatements.Preparer<PreparedStatement> preparer)
            throws SQLException {
        Classification c = routing.classify(sql);
        RouteDecision decision = router.decideToPrepare(sql, c, updatable);
        Target target = decision.target() == Target.BOTH ? Target.WRITER : decision.target();
        if (target == Target.WRITER) {
            writerLoss.beforeSend();
        }
        return new Prepared(sql, c, decision, physicals.get(target), preparer);
    }

    /** A stored procedure may write: it is prepared on the writer. */
    Prepared prepareCall(String sql) throws SQLException {
        Classification c = routing.classify(sql);
        writerLoss.checkUsable(c);
        writerLoss.beforeSend();
        return new Prepared(sql, c, WRITE, physicals.writer(), null);
    }

    /**
     * A prepared read's execute (not a batch): it runs where a plain read would run now, decided again. That is the
     * reader, after the consistency wait, or the writer: in a transaction or after session state begun since it was
     * prepared, when the replica did not catch up in time, or without a reader. The statement takes its parameters
     * and settings along ({@link Movable}). Unlike a plain read it is not retried after its reader broke under it:
     * Connector/J closed the statement, and its parameters, with the connection.
     */
    <R> R executePreparedRead(Prepared prepared, Movable statement, Run<PreparedStatement, R> run)
            throws SQLException {
        RouteDecision decision = router.decide(prepared.sql(), prepared.classification(), false);
        R result;
        if (decision.target() == Target.READER) {
            result = run.on(statement.on(physicals.get(Target.READER)), null);
        } else {
            writerLoss.beforeSend();
            PreparedStatement onWriter = statement.on(physicals.writer());
            try {
                result = run.on(onWriter, null);
            } catch (SQLException failure) {
                throw writerFailed(prepared.classification(), failure);
            }
        }
        router.executed(prepared.sql(), prepared.classification(), decision);
        return result;
    }

    /**
     * A prepared or callable statement's execute where it was prepared: a write, a batch, or a read that cannot
     * move (server-side prepared). On the reader, consistency=session or causal waits for the writes it must see
     * (after a timeout it reads the replica as it is). On the writer it must still be the writer it was prepared
     * on: its parameters live there.
     */
    <S extends PreparedStatement, R> R executePrepared(Prepared prepared, S physical, Run<S, R> run)
            throws SQLException {
        Target target = prepared.decision().target();
        physicals.beforeStatementOn(prepared.owner());
        if (target == Target.READER) {
            router.beforePreparedRead();
        } else if (physicals.ifOpen(Target.WRITER) != prepared.owner()) {
            throw new SQLNonTransientConnectionException(physicals.url().name() + ": this statement was prepared on "
                    + "a connection to the writer that was lost since: nothing was sent; prepare it again",
                    SqlStates.CONNECTION_DOES_NOT_EXIST);
        }
        R result;
        if (target == Target.READER) {
            result = run.on(physical, null);
        } else {
            try {
                result = run.on(physical, null);
            } catch (SQLException failure) {
                throw writerFailed(prepared.classification(), failure);
            }
        }
        if (target != Target.BOTH) {
            router.executed(prepared.sql(), prepared.classification(), prepared.decision());
        } else if (prepared.parameterless(physical)) {
            runOnOpenReader(prepared.sql());
            router.executed(prepared.sql(), prepared.classification(), prepared.decision());
        }
        return result;
    }

    /** Session state: every open connection, or the one the next statement would most likely use. */
    private <R> R runEverywhere(StatementBinder binder, String sql, Classification c, Run<Statement, R> run)
            throws SQLException {
        boolean onWriterToo = physicals.ifOpen(Target.WRITER) != null;
        R result = null;
        if (physicals.ifOpen(Target.READER) != null || !onWriterToo) {
            result = runOn(physicals.anyTarget(), binder, sql, c, run);
        }
        if (onWriterToo) {
            result = runOn(Target.WRITER, binder, sql, c, run);
        }
        return result;
    }

    /** Runs on one target; on the writer, a lost connection becomes an error saying what became of the statement. */
    private <R> R runOn(Target target, StatementBinder binder, String sql, Classification c,
                        Run<Statement, R> run) throws SQLException {
        if (target != Target.WRITER) {
            return run.on(binder.use(target), sql);
        }
        writerLoss.beforeSend();
        Statement physical = binder.use(target);
        try {
            return run.on(physical, sql);
        } catch (SQLException failure) {
            throw writerFailed(c, failure);
        }
    }

    private SQLException writerFailed(Classification c, SQLException failure) {
        SQLException translated = writerLoss.failed(c, failure);
        if (translated != failure) {
            router.writerLost();
        }
        return translated;
    }

    /** A parameterless session statement prepared on the writer ran: it runs on the open reader too. */
    private void runOnOpenReader(String sql) throws SQLException {
        Connection reader = physicals.ifOpen(Target.READER);
        if (reader != null) {
            physicals.beforeStatementOn(reader);
            try (Statement statement = reader.createStatement()) {
                statement.execute(sql);
            }
        }
    }

    /** A prepared read, ready to run on a physical connection other than the one it was prepared on. */
    @FunctionalInterface
    interface Movable {
        /** The statement on {@code connection}, holding its parameters and settings. */
        PreparedStatement on(Connection connection) throws SQLException;
    }

    /** One execute variant on one physical statement, given the SQL (unused by prepared statements). */
    @FunctionalInterface
    interface Run<S, R> {
        R on(S physical, String sql) throws SQLException;
    }

    /**
     * What was decided when a statement was prepared.
     *
     * @param owner    the physical connection it was prepared on
     * @param preparer prepares the same statement on another connection; null for a callable statement
     */
    record Prepared(String sql, Classification classification, RouteDecision decision, Connection owner,
                    LogicalStatements.Preparer<PreparedStatement> preparer) {

        /** Session state with {@code ?} parameters stays on the writer; without, it runs on the reader too. */
        boolean parameterless(PreparedStatement physical) throws SQLException {
            return physical.getParameterMetaData().getParameterCount() == 0;
        }
    }
}
