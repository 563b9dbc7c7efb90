package io.repmysql.driver.internal;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;

import io.repmysql.driver.routing.RouteDecision;
import io.repmysql.driver.routing.Target;

/**
 * Which physical statement a plain Statement uses for each execute: at most one per physical connection, created
 * with the statement's options and settings on first use, and a fresh one when the reader or writer was replaced. Runs the
 * statement where the router says, runs session state everywhere, and retries a read that lost its reader once.
 */
final class StatementBinder {

    private final LogicalConnection connection;
    private final int[] options;
    private final StatementSettings settings;
    private Statement onWriter;
    private Statement onReader;
    private Connection readerOwner;
    private Connection writerOwner;
    private Statement current;

    StatementBinder(LogicalConnection connection, int[] options, StatementSettings settings) {
        this.connection = connection;
        this.options = options;
        this.settings = settings;
    }

    /** The physical statement that executed last, else one where a statement-less call would go. */
    Statement current() throws SQLException {
        return current != null ? current : bound(connection.physicals.anyTarget());
    }

    <R> R run(String sql, Execution<R> execution) throws SQLException {
        Router router = connection.router;
        RouteDecision decision = router.decide(sql, options[1] == ResultSet.CONCUR_UPDATABLE);
        R result;
        if (decision.target() == Target.BOTH) {
            result = runEverywhere(sql, execution);
        } else {
            try {
                result = runOn(decision.target(), sql, execution);
            } catch (SQLException failure) {
                if (!router.mayRetry(sql, decision, failure, connection.settings.autoCommit)) {
                    throw failure;
                }
                decision = router.retry(decision);
                try {
                    result = runOn(decision.target(), sql, execution);
                } catch (SQLException second) {
                    second.addSuppressed(failure);
                    throw second;
                }
            }
        }
        router.executed(sql, decision);
        return result;
    }

    /** Session state: every open connection, or the one the next statement would most likely use. */
    private <R> R runEverywhere(String sql, Execution<R> execution) throws SQLException {
        PhysicalConnections physicals = connection.physicals;
        boolean onWriterToo = physicals.ifOpen(Target.WRITER) != null;
        R result = null;
        if (physicals.ifOpen(Target.READER) != null || !onWriterToo) {
            result = runOn(physicals.anyTarget(), sql, execution);
        }
        if (onWriterToo) {
            result = runOn(Target.WRITER, sql, execution);
        }
        return result;
    }

    /** Runs on one target; on the writer, a lost connection becomes an error saying what became of the statement. */
    <R> R runOn(Target target, String sql, Execution<R> execution) throws SQLException {
        if (target != Target.WRITER) {
            Statement physical = bound(target);
            current = physical;
            return execution.run(physical, sql);
        }
        connection.router.beforeWriter();
        Statement physical = bound(target);
        current = physical;
        try {
            return execution.run(physical, sql);
        } catch (SQLException failure) {
            throw connection.router.writerFailed(sql, failure);
        }
    }

    /** The physical statement on {@code target}'s connection, created on first use. */
    Statement bound(Target target) throws SQLException {
        Connection physical = connection.physicals.get(target);
        if (target == Target.READER) {
            if (onReader == null || readerOwner != physical) {
                onReader = create(physical);
                readerOwner = physical;
            }
            return onReader;
        }
        if (onWriter == null || writerOwner != physical) {
            onWriter = create(physical);
            writerOwner = physical;
        }
        return onWriter;
    }

    private Statement create(Connection physical) throws SQLException {
        Statement statement = options[0] < 0 ? physical.createStatement()
                : options[2] < 0 ? physical.createStatement(options[0], options[1])
                : physical.createStatement(options[0], options[1], options[2]);
        settings.applyTo(statement);
        return statement;
    }

    void forEachPhysical(PhysicalConnections.SqlConsumer<Statement> action) throws SQLException {
        if (onWriter != null && writerOwner == connection.physicals.ifOpen(Target.WRITER)) {
            action.accept(onWriter);
        }
        if (onReader != null && readerOwner == connection.physicals.ifOpen(Target.READER)) {
            action.accept(onReader);
        }
    }

    void close() throws SQLException {
        try {
            forEachPhysical(Statement::close);
        } finally {
            onWriter = null;
            onReader = null;
            current = null;
        }
    }

    /** One execute variant on one physical statement. */
    @FunctionalInterface
    interface Execution<R> {
        R run(Statement physical, String sql) throws SQLException;
    }
}
