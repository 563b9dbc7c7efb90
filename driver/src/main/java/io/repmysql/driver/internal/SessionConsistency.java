package io.repmysql.driver.internal;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;

import io.repmysql.driver.internal.cluster.CausalState;
import io.repmysql.driver.internal.cluster.GtidPosition;

/**
 * {@code consistency=session}: a read after this connection's own write sees that write.
 *
 * <p>After each statement on the writer, the GTID of the write is taken from the session state the server returned
 * with the OK packet (no extra round trip; the writer is opened with {@code trackSessionState=true} and GTID
 * tracking switched on). The next read on the reader first runs {@code MASTER_GTID_WAIT} (MariaDB) or
 * {@code WAIT_FOR_EXECUTED_GTID_SET} (MySQL) for that GTID, up to {@code consistencyTimeoutMs}; once the reader
 * connection has passed a GTID, later reads skip the wait until the next write. A replica connection keeps talking
 * to the same server, so what it has applied stays applied.
 *
 * <p>The trade-off: the first read after each write costs one more round trip to the replica and waits as long as
 * the replica lags (at most the timeout); when the timeout runs out, the read goes to the writer, which is correct
 * but moves load to the primary. Reads see this connection's writes only: another connection's writes may still be
 * missing (that would need waiting on every read). {@code consistency=none} (the default) never waits and may
 * read stale data right after a write, as the plain HAProxy setup does.
 */
final class SessionConsistency {

    private final boolean enabled;
    private final double timeoutSeconds;
    /** consistency=causal: the cluster's shared position; null for session and none. */
    private final CausalState causal;
    private String pendingGtid;
    private String readerPassedGtid;
    /** consistency=causal: the position the reader connection was last verified at. */
    private GtidPosition readerVerified = GtidPosition.EMPTY;

    SessionConsistency(boolean enabled, int timeoutMs) {
        this(enabled, timeoutMs, null);
    }

    private SessionConsistency(boolean enabled, int timeoutMs, CausalState causal) {
        this.enabled = enabled;
        this.timeoutSeconds = timeoutMs / 1000.0;
        this.causal = causal;
    }

    /**
     * {@code consistency=causal}: the same capture and wait, on the cluster's shared position instead of this
     * connection's last write. Every writer advances {@code state}; a read waits only when the cluster has moved
     * past the position its reader connection was last verified at, so a caught-up cluster costs nothing.
     */
    static SessionConsistency causal(CausalState state, int timeoutMs) {
        return new SessionConsistency(true, timeoutMs, state);
    }

    boolean enabled() {
        return enabled;
    }

    /** A statement ran on the writer: remember the GTID it produced, if any. */
    void afterWriterStatement(Connection writer) {
        if (enabled) {
            String gtid = SessionGtid.lastGtid(writer);
            if (gtid != null) {
                wrote(gtid);
            }
        }
    }

    /** This connection's last write produced {@code gtid}. */
    void wrote(String gtid) {
        if (causal != null) {
            causal.wrote(gtid);
        } else {
            pendingGtid = gtid;
        }
    }

    /** True when the next read must wait: a write of this connection the reader connection has not passed yet. */
    boolean mustWait() {
        if (causal != null) {
            return !readerVerified.covers(causal.position());
        }
        return enabled && pendingGtid != null && !pendingGtid.equals(readerPassedGtid);
    }

    /** True when the reader has this connection's last write, waiting for it if needed. */
    boolean readerCaughtUp(Connection reader, ServerFlavor flavor) throws SQLException {
        if (causal != null) {
            GtidPosition target = causal.position();
            if (readerVerified.covers(target)) {
                return true;
            }
            if (waited(reader, flavor, target.toString())) {
                readerVerified = readerVerified.merge(target);
                return true;
            }
            return false;
        }
        String gtid = pendingGtid;
        if (!enabled || gtid == null || gtid.equals(readerPassedGtid)) {
            return true;
        }
        if (waited(reader, flavor, gtid)) {
            readerPassedGtid = gtid;
            return true;
        }
        return false;
    }

    private boolean waited(Connection reader, ServerFlavor flavor, String gtid) throws SQLException {
        try (PreparedStatement wait = reader.prepareStatement(flavor.waitSql())) {
            wait.setString(1, gtid);
            wait.setDouble(2, timeoutSeconds);
            try (ResultSet result = wait.executeQuery()) {
                return result.next() && result.getInt(1) == 0 && !result.wasNull();
            }
        }
    }

    /** The reader connection was replaced: what the old one had applied says nothing about the new one. */
    void readerReplaced() {
        readerPassedGtid = null;
        readerVerified = GtidPosition.EMPTY;
    }
}
