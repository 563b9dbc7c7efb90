package io.repmysql.benchmarks.load;

import java.io.IOException;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.List;

import io.repmysql.provisioner.cluster.ClusterContext;
import io.repmysql.provisioner.cluster.ClusterNode;
import io.repmysql.provisioner.cluster.Topology;
import io.repmysql.provisioner.cluster.TopologyStore;
import io.repmysql.provisioner.replication.ReplicationAdmin;
import io.repmysql.provisioner.replication.ServerFlavor;
import io.repmysql.provisioner.spec.NetworkMode;

/**
 * Keeps every replica a fixed time behind its primary for the length of a run: each replica is repointed to the
 * primary through a {@link DelayingProxy}, and back to the primary itself on close.
 */
final class ReplicationLag implements AutoCloseable {

    private static final String HOST = "127.0.0.1";

    private final ClusterContext context;
    private final ClusterNode primary;
    private final List<ClusterNode> replicas;
    private final DelayingProxy proxy;

    private ReplicationLag(ClusterContext context, Topology topology, DelayingProxy proxy) {
        this.context = context;
        this.primary = topology.primary();
        this.replicas = topology.replicas();
        this.proxy = proxy;
    }

    static ReplicationLag start(ClusterContext context, int millis) throws IOException, SQLException {
        if (context.spec().network() != NetworkMode.HOST) {
            throw new IllegalArgumentException("--replica-lag-ms needs a cluster with network: host (the replicas "
                    + "must reach the relay on 127.0.0.1); " + context.name() + " uses " + context.spec().network());
        }
        Topology topology = TopologyStore.loadRunning(context);
        DelayingProxy proxy = new DelayingProxy(topology.primary().port(), millis);
        ReplicationLag lag = new ReplicationLag(context, topology, proxy);
        try {
            lag.pointReplicasAt(HOST, proxy.port());
        } catch (SQLException | RuntimeException e) {
            lag.close();
            throw e;
        }
        return lag;
    }

    private void pointReplicasAt(String host, int port) throws SQLException {
        for (ClusterNode replica : replicas) {
            try (Connection root = ReplicationAdmin.connect(HOST, replica.port(),
                    context.spec().users().root().name(), context.secrets().rootPassword())) {
                ReplicationAdmin.startReplication(root, ServerFlavor.of(root), host, port,
                        context.spec().users().replication().name(), context.secrets().replicationPassword());
            }
        }
    }

    @Override
    public void close() throws SQLException {
        try {
            pointReplicasAt(context.networking().peerHost(primary.containerName(context.name())), primary.port());
        } finally {
            proxy.close();
        }
    }
}
