package io.repmysql.driver.internal;

import java.sql.SQLException;
import java.util.Set;

import io.repmysql.driver.routing.Classification;
import io.repmysql.driver.routing.Effect;
import io.repmysql.driver.routing.RoutingSession;
import io.repmysql.driver.routing.Target;

/**
 * What losing the writer means for the statement that saw it, and for the logical connection afterwards.
 *
 * <p>A write is never sent twice: the driver cannot know whether a request that left before the connection broke
 * was applied, so it reports the outcome as unknown and leaves the decision to the application. What it can do
 * safely is replace a connection known to be dead before anything is sent on it — the next statement opens a new
 * writer through HAProxy — except inside a transaction that ran there: the server rolled that back, and running
 * the rest of it on a new connection would commit half a transaction. Such a transaction stays "lost" until the
 * application ends it, so a COMMIT cannot look successful.
 */
final class WriterLoss {

    private final PhysicalConnections physicals;
    private final Transactions transactions;
    private final RoutingSession routing;
    private final ConnectionSettings settings;

    WriterLoss(PhysicalConnections physicals, Transactions transactions, RoutingSession routing,
               ConnectionSettings settings) {
        this.physicals = physicals;
        this.transactions = transactions;
        this.routing = routing;
        this.settings = settings;
    }

    /** Before a statement is routed: refuses it while a lost transaction is open; ROLLBACK and COMMIT end it. */
    void checkUsable(Classification statement) throws SQLException {
        if (!transactions.lost()) {
            return;
        }
        Set<Effect> effects = statement.effects();
        if (effects.contains(Effect.ROLLBACK)) {
            transactions.lossAcknowledged();
            return;
        }
        if (effects.contains(Effect.END_TRANSACTION)) {
            transactions.abandon();
            throw WriterErrors.nothingCommitted(physicals.url());
        }
        throw WriterErrors.transactionStillLost(physicals.url());
    }

    /** Before anything is sent on the writer: a connection known dead is dropped, and the next one opened fresh. */
    void beforeSend() throws SQLException {
        if (!physicals.writerBroken()) {
            return;
        }
        physicals.discardWriter();
        if (transactions.writerInTransaction()) {
            transactions.writerLost();
            throw WriterErrors.transactionLost(physicals.url(), false, null);
        }
    }

    /**
     * setAutoCommit(true) is about to commit: true when the transaction was lost with the writer, so there is
     * nothing to commit and the caller must say so. A writer known dead is dropped either way.
     */
    boolean lostBeforeCommit() {
        boolean broken = physicals.writerBroken();
        boolean lost = transactions.lost() || (broken && transactions.writerInTransaction());
        if (broken) {
            physicals.discardWriter();
        }
        return lost;
    }

    /**
     * A statement classified {@code c} (null for a batch) failed on the writer with {@code failure}: the exception
     * to throw instead, saying whether it was sent and what became of it. Other errors pass unchanged.
     */
    SQLException failed(Classification c, SQLException failure) {
        if (!ConnectionErrors.isConnectionError(failure)) {
            return failure;
        }
        boolean inTransaction = !settings.autoCommit || routing.inTransaction();
        boolean transactionUsedWriter = transactions.writerInTransaction();
        physicals.discardWriter();
        if (ConnectionErrors.neverSent(failure)) {
            return lostBeforeSend(inTransaction && transactionUsedWriter, failure);
        }
        Set<Effect> effects = c == null ? Set.of() : c.effects();
        if (effects.contains(Effect.END_TRANSACTION) && !effects.contains(Effect.ROLLBACK)) {
            transactions.writerGone();
            return WriterErrors.commitOutcomeUnknown(physicals.url(), failure);
        }
        if (inTransaction && !effects.contains(Effect.IMPLICIT_COMMIT)) {
            if (effects.contains(Effect.ROLLBACK)) {
                transactions.writerGone();
            } else {
                transactions.writerLost();
            }
            return WriterErrors.transactionLost(physicals.url(), true, failure);
        }
        transactions.writerGone();
        return c != null && c.target() != Target.WRITER ? WriterErrors.readInterrupted(physicals.url(), failure)
                : WriterErrors.writeOutcomeUnknown(physicals.url(), failure);
    }

    private SQLException lostBeforeSend(boolean transactionLost, SQLException failure) {
        if (transactionLost) {
            transactions.writerLost();
            return WriterErrors.transactionLost(physicals.url(), false, failure);
        }
        transactions.writerGone();
        return WriterErrors.brokenBeforeSend(physicals.url(), failure);
    }
}
