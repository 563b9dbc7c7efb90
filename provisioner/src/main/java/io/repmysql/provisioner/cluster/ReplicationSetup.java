package io.repmysql.provisioner.cluster;

import io.repmysql.provisioner.replication.ReplicaStatus;
import io.repmysql.provisioner.replication.ReplicationAdmin;
import io.repmysql.provisioner.replication.ServerFlavor;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * GTID replication over JDBC: accounts on the primary, every replica pointed at it with auto-positioning, then a
 * wait until each replica has applied everything the primary had and both of its threads run.
 */
final class ReplicationSetup {

    static final int CATCH_UP_SECONDS = 120;
    private static final long THREAD_POLL_MILLIS = 200;

    private final ClusterContext context;
    private final NodeAccess access;

    ReplicationSetup(ClusterContext context, NodeAccess access) {
        this.context = context;
        this.access = access;
    }

    void configure(Topology topology) {
        ClusterNode primary = topology.primary();
        try (Connection source = access.root(primary)) {
            ServerFlavor flavor = ServerFlavor.of(source);
            var users = context.spec().users();
            String monitorHost = context.networking().monitorHost();
            ReplicationAdmin.createAccounts(source, users.replication().name(),
                    context.secrets().replicationPassword(), users.monitor().name(), monitorHost);
            attach(topology, topology.replicas(), flavor);
            context.say("replication: " + topology.replicas().size() + " replica(s) follow "
                    + primary.containerName(context.name()) + " with GTID auto-positioning ("
                    + flavor.name().toLowerCase(java.util.Locale.ROOT) + ")");
        } catch (SQLException e) {
            throw new IllegalStateException("setting up replication on " + context.name() + " failed: "
                    + e.getMessage(), e);
        }
    }

    /** Points {@code replicas} at the topology's primary and waits until they caught up. */
    void attach(Topology topology, List<ClusterNode> replicas, ServerFlavor flavor) throws SQLException {
        ClusterNode primary = topology.primary();
        var users = context.spec().users();
        for (ClusterNode replica : replicas) {
            try (Connection connection = access.root(replica)) {
                ReplicationAdmin.startReplication(connection, flavor,
                        context.networking().peerHost(primary.containerName(context.name())), primary.port(),
                        users.replication().name(), context.secrets().replicationPassword());
            }
        }
        String gtids;
        try (Connection source = access.root(primary)) {
            gtids = ReplicationAdmin.executedGtids(source, flavor);
        }
        for (ClusterNode replica : replicas) {
            awaitCaughtUp(replica, flavor, gtids);
        }
    }

    /**
     * Waits until the replica has applied {@code gtids} and both of its threads run. A replica seeded from a dump
     * already holds the primary's position when replication starts, so the GTID wait returns at once while the IO
     * thread may still be connecting: the thread states are polled until the same deadline, not read once.
     */
    private void awaitCaughtUp(ClusterNode replica, ServerFlavor flavor, String gtids) throws SQLException {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(CATCH_UP_SECONDS);
        try (Connection connection = access.root(replica)) {
            boolean caughtUp = ReplicationAdmin.waitForGtids(connection, flavor, gtids, CATCH_UP_SECONDS);
            ReplicaStatus status = awaitThreadsRunning(connection, flavor, replica, deadline);
            if (!caughtUp || !status.healthy()) {
                throw new SQLException(replica.containerName(context.name())
                        + (caughtUp ? " applied the primary's transactions but its replication threads were not both"
                                + " running" : " did not catch up with the primary")
                        + " within " + CATCH_UP_SECONDS + "s (IO thread " + (status.ioRunning() ? "running" : "stopped")
                        + ", SQL thread " + (status.sqlRunning() ? "running" : "stopped")
                        + (status.lastError().isEmpty() ? "" : ", last error: " + status.lastError()) + ")");
            }
        }
    }

    private static ReplicaStatus awaitThreadsRunning(Connection connection, ServerFlavor flavor, ClusterNode replica,
                                                     long deadline) throws SQLException {
        while (true) {
            ReplicaStatus status = ReplicationAdmin.status(connection, flavor)
                    .orElseThrow(() -> new SQLException(replica.name() + " has no replication configured"));
            if (status.healthy() || System.nanoTime() - deadline >= 0) {
                return status;
            }
            try {
                Thread.sleep(THREAD_POLL_MILLIS);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new SQLException("interrupted while waiting for " + replica.name() + "'s replication threads", e);
            }
        }
    }
}
