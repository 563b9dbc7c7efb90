package io.repmysql.provisioner.replication;

import java.util.List;

/**
 * The statements replication needs, per server family. Values are bound or quoted by {@link SqlLiterals}; no
 * statement here is built from unchecked input.
 */
public interface ReplicationSql {

    /** Points a replica at its source with GTID auto-positioning (not yet started). */
    List<String> changeSource(String host, int port, String user, String password);

    String startReplica();

    String stopReplica();

    /** Stops replication and forgets the source, for a replica being promoted. */
    List<String> resetReplica();

    String showReplicaStatus();

    /** Column names in the status result: IO thread, SQL thread, lag, last IO error, last SQL error. */
    ReplicaStatusColumns statusColumns();

    /** Read-only on (replica, fenced) or off (primary). */
    List<String> readOnly(boolean on);

    /** A query returning the GTID set/position this server has executed, as one string. */
    String executedGtids();

    /** {@code SELECT <wait>(?, ?)} : waits until the server has applied a GTID set, with a timeout in seconds. */
    String waitForGtids();

    /** Enables lossless semi-synchronous replication on a running server (source and replica sides). */
    List<String> semiSync();

    /** Column names of {@code SHOW REPLICA/SLAVE STATUS} that matter here. */
    record ReplicaStatusColumns(String ioRunning, String sqlRunning, String lagSeconds, String ioError,
                                String sqlError, String receivedGtids) {
    }
}
