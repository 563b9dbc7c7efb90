package io.repmysql.driver.internal;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;

import io.repmysql.driver.internal.cluster.CausalState;
import io.repmysql.driver.internal.cluster.GtidPosition;
import io.repmysql.driver.internal.cluster.ReplicaPositions;

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
 * <p>What one connection saw a replica reach holds for every connection to that replica (its applied position only
 * grows): the cluster's {@link ReplicaPositions} keeps it, so after a write each replica is waited on once, however
 * many pooled connections read from it, and reads needing no more than a wait already running there join it. A
 * reader connection learns which replica it is on at its first wait.
 *
 * <p>The trade-off: the first read after each write costs one more round trip to the replica and waits as long as
 * the replica lags (at most the timeout); when the timeout runs out, the read goes to the writer, which is correct
 * but moves load to the primary. Reads see this connection's writes only: another connection's writes may still be
 * missing (that would need waiting on every read). {@code consistency=none} (the default) never waits and may
 * read stale data right after a write, as the plain HAProxy setup does.
 */
final class SessionConsistency {

    /** What {@link #readerCaughtUp} found. */
    enum Outcome {
        /** The reader has what the read must see, known without a statement on it. */
        CAUGHT_UP,
        /** The reader has it, after a wait on it. */
        WAITED,
        /** The reader has it, after joining another connection's wait on the same replica: no statement sent. */
        JOINED,
        /** The reader did not reach it within the timeout. */
        BEHIND
    }

    private final boolean enabled;
    private final ReplicaWait wait;
    /** What each replica of the cluster is known to have applied, shared by every connection to it. */
    private final ReplicaPositions replicas;
    /** The replica the reader connection is on, once asked; null when not asked yet or when it did not say. */
    private ReplicaPositions.Replica replica;
    private boolean replicaAsked;
    /** consistency=causal: the cluster's shared position; null for session and none. */
    private final CausalState causal;
    private String pendingGtid;
    private String readerPassedGtid;
    /** The position the reader connection was last verified at. */
    private GtidPosition readerVerified = GtidPosition.EMPTY;
    /**
     * Monotonic reads: every position this connection's reads were verified at, and the source's position after
     * reads that ran on the writer. Kept when the reader is replaced, so the new one never reads older data.
     */
    private GtidPosition readFloor = GtidPosition.EMPTY;
    /** {@code readerVerified} covers {@code readFloor}; kept up to date whenever either changes. */
    private boolean floorReached = true;
    /**
     * The last shared causal position found covered by {@code readerVerified}. A position is immutable and the
     * shared one is replaced only when it grows, so finding the same instance again proves it is still covered
     * without comparing anything: the common read, with no write since the last one, costs one reference check.
     */
    private GtidPosition causalCovered;
    /** A read ran on the writer since: the next read on a reader first takes the source's position as its floor. */
    private boolean readOnWriter;

    SessionConsistency(boolean enabled, int timeoutMs, ReplicaPositions replicas) {
        this(enabled, timeoutMs, replicas, null);
    }

    private SessionConsistency(boolean enabled, int timeoutMs, ReplicaPositions replicas, CausalState causal) {
        this.enabled = enabled;
        this.wait = new ReplicaWait(timeoutMs);
        this.replicas = replicas;
        this.causal = causal;
    }

    /**
     * {@code consistency=causal}: the same capture and wait, on the cluster's shared position instead of this
     * connection's last write. Every writer advances {@code state}; a read waits only when the cluster has moved
     * past the position its reader connection was last verified at, so a caught-up cluster costs nothing.
     */
    static SessionConsistency causal(CausalState state, int timeoutMs, ReplicaPositions replicas) {
        return new SessionConsistency(true, timeoutMs, replicas, state);
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

    /** True when the next read must wait: a write or a read floor the reader connection has not passed yet. */
    boolean mustWait() {
        if (!enabled) {
            return false;
        }
        if (readOnWriter || !floorReached) {
            return true;
        }
        if (causal != null) {
            return !covered(causal.position());
        }
        return pendingGtid != null && !pendingGtid.equals(readerPassedGtid);
    }

    /** True when the reader connection was verified at {@code shared} (a causal position) or beyond. */
    private boolean covered(GtidPosition shared) {
        if (shared == causalCovered) {
            return true;
        }
        if (readerVerified.covers(shared)) {
            causalCovered = shared;
            return true;
        }
        return false;
    }

    /**
     * Whether the reader has what this connection must see, waiting for it if needed: the writes ({@code session}:
     * this connection's last; {@code causal}: the cluster's position) and, after a reader replacement or reads on
     * the writer, this connection's read floor. {@code writer} (may be null) gives the floor after reads on it.
     */
    Outcome readerCaughtUp(Connection reader, ServerFlavor flavor, Connection writer) throws SQLException {
        if (!enabled) {
            return Outcome.CAUGHT_UP;
        }
        if (readOnWriter) {
            readOnWriter = false;
            readFloor = readFloor.merge(writerPosition(writer));
            floorReached = readerVerified.covers(readFloor);
        }
        GtidPosition target = floorReached ? GtidPosition.EMPTY : readFloor;
        GtidPosition shared = null;
        String sessionGtid = null;
        if (causal != null) {
            shared = causal.position();
            if (!covered(shared)) {
                target = target.merge(shared);
            }
        } else if (pendingGtid != null && !pendingGtid.equals(readerPassedGtid)) {
            sessionGtid = pendingGtid;
        }
        if (sessionGtid == null && readerVerified.covers(target)) {
            return Outcome.CAUGHT_UP;
        }
        GtidPosition written = position(sessionGtid);
        GtidPosition reached = target.merge(written);
        // A GTID the driver cannot read is not in any position: only a wait for it proves it applied.
        boolean known = sessionGtid == null || !written.isEmpty();
        ReplicaPositions.Replica on = known ? replica(reader, flavor) : null;
        Outcome outcome = Outcome.CAUGHT_UP;
        if (on == null || !on.applied().covers(reached)) {
            outcome = waitFor(reader, flavor, on, reached, target.isEmpty() ? sessionGtid : reached.toString());
            if (outcome == Outcome.BEHIND) {
                return outcome;
            }
        }
        readerVerified = readerVerified.merge(reached);
        readFloor = readFloor.merge(reached);
        floorReached = readerVerified.covers(readFloor);
        if (shared != null) {
            covered(shared);
        }
        if (sessionGtid != null) {
            readerPassedGtid = sessionGtid;
        }
        return outcome;
    }

    /**
     * Waits until the reader's replica has {@code reached} ({@code text}: as sent to the server): by joining a wait
     * another connection runs on the same replica for as much or more, else by one of its own, which others may
     * join. At most the timeout in all.
     */
    private Outcome waitFor(Connection reader, ServerFlavor flavor, ReplicaPositions.Replica on, GtidPosition reached,
                            String text) throws SQLException {
        long left = wait.timeoutNanos();
        ReplicaPositions.Wait running = on == null ? null : on.running(reached);
        if (running != null) {
            long began = System.nanoTime();
            Boolean joined = running.join(left);
            if (joined != null) {
                return joined ? Outcome.JOINED : Outcome.BEHIND;
            }
            left -= System.nanoTime() - began;
            if (left <= 0) {
                return Outcome.BEHIND;
            }
        }
        ReplicaPositions.Wait mine = on == null ? null : on.begin(reached);
        Boolean caughtUp = null;
        try {
            caughtUp = wait.reached(reader, flavor, text, left);
        } finally {
            if (mine != null) {
                mine.ended(caughtUp);
            }
        }
        return caughtUp ? Outcome.WAITED : Outcome.BEHIND;
    }

    /** The replica the reader is on, asked at the reader connection's first wait. */
    private ReplicaPositions.Replica replica(Connection reader, ServerFlavor flavor) throws SQLException {
        if (!replicaAsked) {
            replica = ReplicaWait.replica(reader, flavor, replicas);
            replicaAsked = true;
        }
        return replica;
    }

    /** A read ran on the writer instead of the reader: it may have seen anything the source had. */
    void readOnWriter() {
        if (enabled) {
            readOnWriter = true;
        }
    }

    /**
     * The source's position now (at least what reads on it saw); empty when there is no writer to ask. A writer
     * that fails here fails the next statement sent to it; the read at hand must not fail for it.
     */
    private static GtidPosition writerPosition(Connection writer) {
        try {
            if (writer == null || writer.isClosed()) {
                return GtidPosition.EMPTY;
            }
            try (Statement statement = writer.createStatement();
                 ResultSet row = statement.executeQuery(ServerFlavor.of(writer).positionSql())) {
                return row.next() ? position(row.getString(1)) : GtidPosition.EMPTY;
            }
        } catch (SQLException e) {
            return GtidPosition.EMPTY;
        }
    }

    private static GtidPosition position(String gtid) {
        try {
            return GtidPosition.parse(gtid);
        } catch (IllegalArgumentException e) {
            return GtidPosition.EMPTY;
        }
    }

    /**
     * The reader connection was replaced: what the old one had applied says nothing about the new one, which must
     * first reach the read floor (monotonic reads).
     */
    void readerReplaced() {
        wait.close();
        replica = null;
        replicaAsked = false;
        readerPassedGtid = null;
        readerVerified = GtidPosition.EMPTY;
        floorReached = readFloor.isEmpty();
        causalCovered = null;
    }
}
