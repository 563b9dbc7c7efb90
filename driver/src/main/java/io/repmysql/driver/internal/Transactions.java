package io.repmysql.driver.internal;

import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Savepoint;

import io.repmysql.driver.routing.RoutingSession;
import io.repmysql.driver.routing.Target;

/**
 * Where the current transaction ran, so {@code commit()}, {@code rollback()} and savepoints go there and nowhere
 * else: a connection that only read from the replica never sends COMMIT to the primary.
 */
final class Transactions {

    private final PhysicalConnections physicals;
    private final ConnectionSettings settings;
    private final RoutingSession routing;
    private final SessionConsistency consistency;
    private boolean writerInTransaction;
    private boolean readerInTransaction;

    Transactions(PhysicalConnections physicals, ConnectionSettings settings, RoutingSession routing,
                 SessionConsistency consistency) {
        this.physicals = physicals;
        this.settings = settings;
        this.routing = routing;
        this.consistency = consistency;
    }

    /** A statement ran on {@code target} (after the routing session saw it). */
    void ran(Target target) {
        if (!settings.autoCommit || routing.inTransaction()) {
            writerInTransaction |= target != Target.READER && physicals.ifOpen(Target.WRITER) != null;
            readerInTransaction |= target != Target.WRITER && physicals.ifOpen(Target.READER) != null;
        } else {
            clear();
        }
    }

    void commit() throws SQLException {
        end(true);
    }

    void rollback() throws SQLException {
        end(false);
    }

    /** Autocommit was switched on, which commits on every open connection. */
    void committedByAutoCommit() {
        consistency.afterWriterStatement(physicals.ifOpen(Target.WRITER));
        clear();
    }

    /** The target a savepoint belongs to: where the transaction ran, else where its next read would go. */
    Target savepointTarget() {
        if (!writerInTransaction && (readerInTransaction || settings.readOnly) && physicals.reader() != null) {
            return Target.READER;
        }
        return Target.WRITER;
    }

    Savepoint setSavepoint(String name) throws SQLException {
        Target target = savepointTarget();
        Connection connection = physicals.get(target);
        Savepoint savepoint = name == null ? connection.setSavepoint() : connection.setSavepoint(name);
        ran(target);
        return new LogicalSavepoint(savepoint, target);
    }

    void rollback(Savepoint savepoint) throws SQLException {
        LogicalSavepoint logical = own(savepoint);
        physicals.ifOpen(logical.target()).rollback(logical.physical());
    }

    void release(Savepoint savepoint) throws SQLException {
        LogicalSavepoint logical = own(savepoint);
        physicals.ifOpen(logical.target()).releaseSavepoint(logical.physical());
    }

    private LogicalSavepoint own(Savepoint savepoint) throws SQLException {
        if (!(savepoint instanceof LogicalSavepoint logical) || physicals.ifOpen(logical.target()) == null) {
            throw new SQLException("This savepoint does not belong to this connection's current transaction",
                    "3B001");
        }
        return logical;
    }

    private void end(boolean commit) throws SQLException {
        if (settings.autoCommit) {
            throw new SQLException("Can't call " + (commit ? "commit" : "rollback") + " when autocommit=true",
                    "08003");
        }
        try {
            endOn(Target.WRITER, writerInTransaction, commit);
            endOn(Target.READER, readerInTransaction, commit);
        } finally {
            clear();
            routing.transactionEnded();
        }
    }

    private void endOn(Target target, boolean used, boolean commit) throws SQLException {
        Connection connection = physicals.ifOpen(target);
        if (used && connection != null) {
            if (commit) {
                connection.commit();
                if (target == Target.WRITER) {
                    consistency.afterWriterStatement(connection);
                }
            } else {
                connection.rollback();
            }
        }
    }

    private void clear() {
        writerInTransaction = false;
        readerInTransaction = false;
    }
}
