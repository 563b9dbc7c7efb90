package io.repmysql.driver.internal;

import java.sql.Connection;
import java.sql.SQLException;

import io.repmysql.driver.RoutingMetrics;
import io.repmysql.driver.routing.Classification;
import io.repmysql.driver.routing.Reason;
import io.repmysql.driver.routing.RouteDecision;
import io.repmysql.driver.routing.RoutingSession;
import io.repmysql.driver.routing.Target;

/**
 * Turns the routing session's decision into the physical target actually used: a read goes to the writer when the
 * reader is unavailable or (consistency=session) has not caught up in time, and a transaction that started on the
 * writer that way stays there. Only statements that change no data ever move to the writer: a read-only
 * connection's write, sent to the reader for the replica to refuse, fails when there is no reader. Counts every
 * statement and remembers where the last read and write ran.
 */
final class Router {

    private static final RouteDecision READER_UNAVAILABLE = new RouteDecision(Target.WRITER, Reason.READER_UNAVAILABLE);
    private static final RouteDecision CONSISTENCY_TIMEOUT = new RouteDecision(Target.WRITER, Reason.CONSISTENCY_TIMEOUT);
    private static final RouteDecision UPDATABLE = new RouteDecision(Target.WRITER, Reason.UPDATABLE_RESULT_SET);

    private final RoutingSession routing;
    private final PhysicalConnections physicals;
    private final SessionConsistency consistency;
    private final Transactions transactions;
    private final WriterLoss writerLoss;
    private final RoutingMetrics metrics;
    private final ConnectionSettings settings;
    private RouteDecision transactionFallback;
    private RouteDecision lastRoute;
    private Target lastRead;
    private Target lastWrite;
    private long readWaitNanos;

    Router(RoutingSession routing, PhysicalConnections physicals, SessionConsistency consistency,
           Transactions transactions, WriterLoss writerLoss, RoutingMetrics metrics, ConnectionSettings settings) {
        this.routing = routing;
        this.physicals = physicals;
        this.consistency = consistency;
        this.transactions = transactions;
        this.writerLoss = writerLoss;
        this.metrics = metrics;
        this.settings = settings;
    }

    /**
     * Where {@code sql} runs now; may open the reader and, with consistency=session, wait on it. A plain read whose
     * result set can write back ({@code updatable}) runs on the writer, where updateRow() can change the row; on a
     * read-only connection or in a read-only transaction it stays on the reader, whose server refuses the update.
     */
    RouteDecision decide(String sql, Classification c, boolean updatable) throws SQLException {
        return decide(sql, c, updatable, true);
    }

    /**
     * Where a prepared statement is bound: as {@link #decide}, but a read that can move to another connection
     * (client-side prepared on Connector/J) does not wait for consistency now; its executes do.
     */
    RouteDecision decideToPrepare(String sql, Classification c, boolean updatable) throws SQLException {
        return decide(sql, c, updatable, false);
    }

    private RouteDecision decide(String sql, Classification c, boolean updatable, boolean waitNow)
            throws SQLException {
        writerLoss.checkUsable(c);
        RouteDecision decision = routing.route(sql, c);
        if (updatable && decision.reason() == Reason.READ_STATEMENT && !settings.readOnly()) {
            return UPDATABLE;
        }
        return decision.target() == Target.READER ? onReader(c, decision, waitNow) : decision;
    }

    private RouteDecision onReader(Classification c, RouteDecision decision, boolean waitNow) throws SQLException {
        if (transactionFallback != null && routing.inTransaction()) {
            return toWriter(c, decision, transactionFallback);
        }
        if (!routing.inTransaction()) {
            readWaitNanos = 0;
        }
        Connection reader = physicals.reader();
        // A prepared read that can move waits at each execute; one that cannot waits now, bound where it is prepared.
        boolean waitsNow = waitNow || consistency.mustWait() && !PreparedCopies.movableOn(reader);
        RouteDecision fallback = reader == null ? READER_UNAVAILABLE
                : waitsNow ? consistencyFallback(reader, c, decision) : null;
        if (fallback == null || (physicals.ifOpen(Target.READER) != null && !routing.writerMayServe(c, decision))) {
            return decision;
        }
        toWriter(c, decision, fallback);
        transactionFallback = fallback;
        return fallback;
    }

    /** {@code fallback}, when the statement may run on the writer instead of the reader; else why it may not. */
    private RouteDecision toWriter(Classification c, RouteDecision decision, RouteDecision fallback)
            throws SQLException {
        if (!routing.writerMayServe(c, decision)) {
            throw WriterErrors.readOnlyWithoutReader(physicals.url(), physicals.lastReaderFailure());
        }
        return fallback;
    }

    /** The writer was lost under a statement: a transaction that fell back to it ended with it. */
    void writerLost() {
        transactionFallback = null;
    }

    /**
     * Null when the reader has caught up, else where the read goes instead. A reader that the wait finds broken (a
     * HAProxy restart, a killed session) is replaced once, as a failed autocommit read's would be.
     */
    private RouteDecision consistencyFallback(Connection reader, Classification c, RouteDecision decision)
            throws SQLException {
        try {
            return caughtUp(reader) ? null : CONSISTENCY_TIMEOUT;
        } catch (SQLException failure) {
            if (!mayRetry(c, decision, failure)) {
                throw failure;
            }
            RouteDecision retried = retry(decision);
            return retried == decision ? null : retried;
        }
    }

    private boolean caughtUp(Connection reader) throws SQLException {
        if (!consistency.mustWait()) {
            return true;
        }
        return checked(reader) != SessionConsistency.Outcome.BEHIND;
    }

    /** Checks the reader, counting the time when it waited. */
    private SessionConsistency.Outcome checked(Connection reader) throws SQLException {
        long start = System.nanoTime();
        SessionConsistency.Outcome outcome = consistency.readerCaughtUp(reader, physicals.readerFlavor(),
                physicals.ifOpen(Target.WRITER));
        if (outcome != SessionConsistency.Outcome.CAUGHT_UP) {
            long nanos = System.nanoTime() - start;
            readWaitNanos += nanos;
            metrics.recordConsistencyWait(nanos, outcome == SessionConsistency.Outcome.JOINED);
        }
        return outcome;
    }

    /**
     * consistency=session or causal for a prepared read that cannot move (a batch, a server-side prepared
     * statement): wait for the writes it must see. After a timeout it reads the replica as it is.
     */
    void beforePreparedRead() throws SQLException {
        Connection reader = physicals.ifOpen(Target.READER);
        if (reader != null && consistency.mustWait()) {
            checked(reader);
        }
    }


    /**
     * True when a statement that failed this way may run once more: an autocommit read that lost its reader.
     * Never a write: a read-only connection's write may have reached the replica before the connection broke.
     */
    boolean mayRetry(Classification c, RouteDecision decision, SQLException failure) {
        return decision.target() == Target.READER && settings.autoCommit() && !routing.inTransaction()
                && ConnectionErrors.isConnectionError(failure) && routing.writerMayServe(c, decision);
    }

    /**
     * The reader failed under a read: replace it, else fall back to the writer. The new reader may be another
     * replica, further behind: it first catches up as any read would (or the read goes to the writer).
     */
    RouteDecision retry(RouteDecision failed) throws SQLException {
        metrics.recordRetry();
        physicals.discardReader();
        Connection reader = physicals.reader();
        if (reader == null) {
            return READER_UNAVAILABLE;
        }
        return caughtUp(reader) ? failed : CONSISTENCY_TIMEOUT;
    }

    /** {@code sql}, classified {@code c}, ran per {@code decision} (its target is where it actually ran). */
    void executed(String sql, Classification c, RouteDecision decision) {
        routing.executed(sql, c);
        Target target = decision.target();
        if (target != Target.READER) {
            consistency.afterWriterStatement(physicals.ifOpen(Target.WRITER));
        }
        if (decision == READER_UNAVAILABLE || decision == CONSISTENCY_TIMEOUT) {
            consistency.readOnWriter();
        }
        transactions.ran(target);
        if (!routing.inTransaction()) {
            transactionFallback = null;
        }
        metrics.record(target, decision.reason());
        lastRoute = decision;
        if (target == Target.READER || decision == READER_UNAVAILABLE || decision == CONSISTENCY_TIMEOUT
                || decision.reason() == Reason.READ_STATEMENT) {
            lastRead = target;
        } else if (target == Target.WRITER) {
            lastWrite = target;
        }
    }

    /** commit(), rollback() or setAutoCommit(true) ended the transaction. */
    void transactionEnded() {
        transactionFallback = null;
        readWaitNanos = 0;
    }

    /** How long the current transaction's reads (or the last autocommit read) waited for the replica. */
    long readWaitNanos() {
        return readWaitNanos;
    }

    RouteDecision lastRoute() {
        return lastRoute;
    }

    Target lastRead() {
        return lastRead;
    }

    Target lastWrite() {
        return lastWrite;
    }
}
