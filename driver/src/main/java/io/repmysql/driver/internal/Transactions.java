package io.repmysql.driver.internal;

import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Savepoint;

import io.repmysql.driver.SqlStates;
import io.repmysql.driver.routing.RoutingSession;
import io.repmysql.driver.routing.Target;

/**
 * Where the current transaction ran, so {@code commit()}, {@code rollback()} and savepoints go there and nowhere
 * else: a connection that only read from the replica never sends COMMIT to the primary. Also remembers a
 * transaction lost with the writer until the application ends it, so a later COMMIT cannot look successful.
 */
final class Transactions {

    private final PhysicalConnections physicals;
    private final ConnectionSettings settings;
    private final RoutingSession routing;
    private final SessionConsistency consistency;
    private boolean writerInTransaction;
    private boolean readerInTransaction;
    private boolean lost;

    Transactions(PhysicalConnections physicals, ConnectionSettings settings, RoutingSession routing,
                 SessionConsistency consistency) {
        this.physicals = physicals;
        this.settings = settings;
        this.routing = routing;
        this.consistency = consistency;
    }

    /** A statement ran on {@code target} (after the routing session saw it). */
    void ran(Target target) {
        if (!settings.autoCommit() || routing.inTransaction()) {
            writerInTransaction |= target != Target.READER && physicals.ifOpen(Target.WRITER) != null;
            readerInTransaction |= target != Target.WRITER && physicals.ifOpen(Target.READER) != null;
        } else {
            clear();
        }
    }

    /** True when the open transaction has run something on the writer. */
    boolean writerInTransaction() {
        return writerInTransaction;
    }

    /** The writer went away under the open transaction, which the server rolled back. */
    void writerLost() {
        writerInTransaction = false;
        lost = true;
    }

    /** The writer went away, and with it anything the transaction did there; nothing is left to end. */
    void writerGone() {
        writerInTransaction = false;
    }

    /** True from {@link #writerLost()} until the application ends the transaction. */
    boolean lost() {
        return lost;
    }

    /** The application ended the lost transaction with ROLLBACK. */
    void lossAcknowledged() {
        lost = false;
    }

    /** The lost transaction ended by a COMMIT that is not sent: nothing is left of it anywhere. */
    void abandon() {
        clear();
        lost = false;
        routing.transactionEnded();
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
        lost = false;
    }

    /** The target a savepoint belongs to: where the transaction ran, else where its next read would go. */
    Target savepointTarget() {
        if (!writerInTransaction && (readerInTransaction || settings.readOnly()) && physicals.reader() != null) {
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
        if (settings.autoCommit()) {
            throw new SQLException("Can't call " + (commit ? "commit" : "rollback") + " when autocommit=true",
                    SqlStates.CONNECTION_DOES_NOT_EXIST);
        }
        boolean wasLost = lost;
        try {
            if (wasLost && commit) {
                throw WriterErrors.nothingCommitted(physicals.url());
            }
            endOnWriter(commit);
            endOn(Target.READER, readerInTransaction, commit);
        } finally {
            clear();
            lost = false;
            routing.transactionEnded();
        }
    }

    /**
     * A broken writer turns COMMIT into "outcome unknown". A broken ROLLBACK is no error: a server rolls back the
     * transaction of a connection that went away, which is what the application asked for.
     */
    private void endOnWriter(boolean commit) throws SQLException {
        if (writerInTransaction && physicals.writerBroken()) {
            physicals.discardWriter();
            if (commit) {
                throw WriterErrors.nothingCommitted(physicals.url());
            }
            return;
        }
        try {
            endOn(Target.WRITER, writerInTransaction, commit);
        } catch (SQLException e) {
            if (!ConnectionErrors.isConnectionError(e)) {
                throw e;
            }
            physicals.discardWriter();
            if (commit) {
                throw ConnectionErrors.neverSent(e) ? WriterErrors.nothingCommitted(physicals.url())
                        : WriterErrors.commitOutcomeUnknown(physicals.url(), e);
            }
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
