package io.repmysql.driver.internal;

import java.sql.SQLException;

import io.repmysql.driver.RepMySqlUrl;
import io.repmysql.driver.routing.RoutingSession;

/**
 * Where a transaction ends: {@code commit()}, {@code rollback()} and {@code setAutoCommit(true)}, which commits.
 * Each tells {@link Transactions} (which sends it where the transaction ran) and then the router, whose fallbacks
 * and waits lasted for the transaction only.
 */
final class TransactionBoundaries {

    private final PhysicalConnections physicals;
    private final ConnectionSettings settings;
    private final RoutingSession routing;
    private final Transactions transactions;
    private final WriterLoss writerLoss;
    private final Router router;

    TransactionBoundaries(PhysicalConnections physicals, ConnectionSettings settings, RoutingSession routing,
                          Transactions transactions, WriterLoss writerLoss, Router router) {
        this.physicals = physicals;
        this.settings = settings;
        this.routing = routing;
        this.transactions = transactions;
        this.writerLoss = writerLoss;
        this.router = router;
    }

    boolean autoCommit() {
        return settings.autoCommit();
    }

    /**
     * Turning autocommit on commits the open transaction; when the writer took that transaction with it, the
     * setting still changes and the error says nothing was committed.
     */
    void setAutoCommit(boolean autoCommit, RepMySqlUrl url) throws SQLException {
        boolean committed = autoCommit && !settings.autoCommit();
        boolean lost = committed && writerLoss.lostBeforeCommit();
        physicals.changeAutoCommit(autoCommit);
        settings.autoCommit(autoCommit);
        routing.autoCommitChanged(autoCommit);
        if (committed) {
            transactions.committedByAutoCommit();
            router.transactionEnded();
        }
        if (lost) {
            throw WriterErrors.nothingCommitted(url);
        }
    }

    void commit() throws SQLException {
        try {
            transactions.commit();
        } finally {
            router.transactionEnded();
        }
    }

    void rollback() throws SQLException {
        try {
            transactions.rollback();
        } finally {
            router.transactionEnded();
        }
    }
}
