package io.repmysql.driver.internal;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.concurrent.TimeUnit;

import io.repmysql.driver.internal.cluster.ReplicaPositions;

/**
 * The GTID wait on one reader connection, prepared once and kept for that connection's life: preparing it for every
 * wait cost more client time than the round trip. It is made on the physical connection, so the application's
 * statements, its pool's statement tracking and the statement cache it asked for never see it; closing the reader
 * closes it too, and {@link #close()} drops it when the reader is replaced.
 */
final class ReplicaWait {

    private final long timeoutNanos;
    private PreparedStatement statement;

    ReplicaWait(int timeoutMs) {
        this.timeoutNanos = TimeUnit.MILLISECONDS.toNanos(timeoutMs);
    }

    /** {@code consistencyTimeoutMs}: the longest one read waits, in nanoseconds. */
    long timeoutNanos() {
        return timeoutNanos;
    }

    /**
     * True once {@code reader} has applied {@code gtid}; false when {@code nanos} (at most the timeout) ran out
     * first.
     */
    boolean reached(Connection reader, ServerFlavor flavor, String gtid, long nanos) throws SQLException {
        PreparedStatement wait = on(reader, flavor);
        try {
            wait.setString(1, gtid);
            wait.setDouble(2, Math.max(0, Math.min(nanos, timeoutNanos)) / 1e9);
            try (ResultSet result = wait.executeQuery()) {
                return result.next() && result.getInt(1) == 0 && !result.wasNull();
            }
        } catch (SQLException e) {
            close();
            throw e;
        }
    }

    /**
     * The replica {@code reader} is connected to, or null when the server does not say (a user without access to
     * its status variables): the connection then waits for itself only. A broken connection fails as a wait would.
     */
    static ReplicaPositions.Replica replica(Connection reader, ServerFlavor flavor, ReplicaPositions replicas)
            throws SQLException {
        try (Statement statement = reader.createStatement();
             ResultSet row = statement.executeQuery(flavor.identitySql())) {
            String identity = row.next() ? row.getString(1) : null;
            return identity == null ? null : replicas.replica(identity, row.getLong(2));
        } catch (SQLException e) {
            if (ConnectionErrors.isConnectionError(e)) {
                throw e;
            }
            return null;
        }
    }

    /** The statement held for {@code reader}; a new one when the reader is another connection or was closed. */
    private PreparedStatement on(Connection reader, ServerFlavor flavor) throws SQLException {
        PreparedStatement held = statement;
        if (held != null && !held.isClosed() && held.getConnection() == reader) {
            return held;
        }
        close();
        statement = reader.prepareStatement(flavor.waitSql());
        return statement;
    }

    /** The reader is being replaced or closed: release the statement now rather than with the connection. */
    void close() {
        PreparedStatement held = statement;
        statement = null;
        if (held != null) {
            PhysicalConnections.closeQuietly(held);
        }
    }
}
