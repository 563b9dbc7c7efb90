package io.repmysql.driver.internal;

import java.sql.SQLException;
import java.sql.Savepoint;
import java.util.concurrent.Executor;

import io.repmysql.driver.routing.Target;

/**
 * Transactions and the life of the logical connection. Transactions end where they ran ({@link Transactions}), so a
 * connection that only read from the replica never sends COMMIT to the primary; validity and abort cover exactly
 * the physical connections that are open, since opening is lazy.
 */
abstract class TransactionMethods extends ConnectionSettingsMethods {

    TransactionMethods(Cluster cluster) {
        super(cluster);
    }

    @Override
    public void setAutoCommit(boolean autoCommit) throws SQLException {
        checkOpen();
        boolean committed = autoCommit && !settings.autoCommit;
        boolean lost = committed && writerLoss.lostBeforeCommit();
        physicals.forEachOpen(c -> c.setAutoCommit(autoCommit));
        settings.autoCommit = autoCommit;
        routing.autoCommitChanged(autoCommit);
        if (committed) {
            transactions.committedByAutoCommit();
            router.transactionEnded();
        }
        if (lost) {
            throw WriterErrors.nothingCommitted(cluster.url());
        }
    }

    @Override
    public boolean getAutoCommit() throws SQLException {
        checkOpen();
        return settings.autoCommit;
    }

    @Override
    public void commit() throws SQLException {
        checkOpen();
        try {
            transactions.commit();
        } finally {
            router.transactionEnded();
        }
    }

    @Override
    public void rollback() throws SQLException {
        checkOpen();
        try {
            transactions.rollback();
        } finally {
            router.transactionEnded();
        }
    }

    @Override
    public Savepoint setSavepoint() throws SQLException {
        checkOpen();
        return transactions.setSavepoint(null);
    }

    @Override
    public Savepoint setSavepoint(String name) throws SQLException {
        checkOpen();
        return transactions.setSavepoint(name);
    }

    @Override
    public void rollback(Savepoint savepoint) throws SQLException {
        checkOpen();
        transactions.rollback(savepoint);
    }

    @Override
    public void releaseSavepoint(Savepoint savepoint) throws SQLException {
        checkOpen();
        transactions.release(savepoint);
    }

    /**
     * Valid when open and every open physical connection answers within the timeout. With none open (opening is
     * lazy) a pool would otherwise keep a connection whose servers are gone, so this opens the one the next
     * statement most likely needs — the reader when it is available, else the writer within the timeout — and
     * keeps it for that statement: opening is a round trip to the server, as cheap as a ping.
     */
    @Override
    public boolean isValid(int timeoutSeconds) throws SQLException {
        if (timeoutSeconds < 0) {
            throw new SQLException("isValid timeout must be >= 0, was " + timeoutSeconds, "HY024");
        }
        if (closed) {
            return false;
        }
        if (physicals.ifOpen(Target.WRITER) == null && physicals.ifOpen(Target.READER) == null) {
            return physicals.reader() != null || opensWriter(timeoutSeconds);
        }
        boolean[] valid = {true};
        physicals.forEachOpen(c -> valid[0] &= c.isValid(timeoutSeconds));
        return valid[0];
    }

    private boolean opensWriter(int timeoutSeconds) {
        try {
            return physicals.writerWithin(timeoutSeconds * 1000) != null;
        } catch (SQLException e) {
            return false;
        }
    }

    @Override
    public boolean isClosed() {
        return closed;
    }

    @Override
    public void abort(Executor executor) throws SQLException {
        if (executor == null) {
            throw new SQLException("abort needs an executor", "HY009");
        }
        closed = true;
        physicals.forEachOpen(c -> c.abort(executor));
    }
}
