package io.repmysql.provisioner.cluster;

import io.repmysql.provisioner.spec.ClusterNames;
import com.github.dockerjava.api.DockerClient;
import io.repmysql.provisioner.docker.ContainerExec;
import io.repmysql.provisioner.docker.FreePorts;
import io.repmysql.provisioner.replication.ReplicationAdmin;
import io.repmysql.provisioner.replication.SeedCommands;
import io.repmysql.provisioner.replication.ServerFlavor;

import java.io.InputStream;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * {@code add-replica}: a new replica seeded from the live primary by a consistent dump that carries its GTID
 * position, streamed from one container to the other through the engines, then replication from that position
 * and a place in the read pool.
 */
public final class ReplicaAdder {

    private static final long DUMP_TIMEOUT_SECONDS = 1800;
    private final ClusterContext context;
    private final ClusterProvisioner provisioner;

    public ReplicaAdder(ClusterContext context, ClusterProvisioner provisioner) {
        this.context = context;
        this.provisioner = provisioner;
    }

    /** Adds one replica on {@code port} (null: one above the highest replica's port). */
    public ClusterNode add(Integer port) {
        Topology topology = TopologyStore.loadRunning(context);
        int chosen = choosePort(topology, port);
        ClusterNode node = new ClusterNode(topology.nextReplicaName(), NodeRole.REPLICA, topology.nextServerId(),
                chosen, null, null, ClusterNames.agentPort(chosen));
        provisioner.startNodes(topology, List.of(node));
        ClusterNode primary = topology.primary();
        NodeAccess access = provisioner.access(topology);
        try (Connection source = access.root(primary)) {
            ServerFlavor flavor = ServerFlavor.of(source);
            seed(primary, node, flavor, access);
            Topology grown = topology.withNode(node);
            new ReplicationSetup(context, access).attach(grown, List.of(node), flavor);
            TopologyStore.save(context.stateDir(), grown);
            provisioner.reloadHaproxy(grown);
            new HaproxyHealth(context, grown).awaitAllUp(Duration.ofSeconds(60));
            context.say(node.containerName(context.name()) + " follows the primary and serves reads on port "
                    + context.spec().haproxy().readPort());
            return node;
        } catch (SQLException e) {
            throw new IllegalStateException("adding " + node.name() + " to " + context.name() + " failed: "
                    + e.getMessage(), e);
        }
    }

    private int choosePort(Topology topology, Integer requested) {
        var haproxy = context.spec().haproxy();
        List<Integer> used = new ArrayList<>(topology.nodes().stream().map(ClusterNode::port).toList());
        used.addAll(topology.nodes().stream().map(ClusterNode::agentPort).filter(Objects::nonNull).toList());
        used.addAll(List.of(haproxy.writePort(), haproxy.readPort(), haproxy.statsPort()));
        int port = requested != null ? requested
                : topology.replicas().stream().mapToInt(ClusterNode::port).max().orElse(topology.primary().port()) + 1;
        int agent = ClusterNames.agentPort(port);
        if (used.contains(port)) {
            throw new IllegalArgumentException("--port " + port + " is already used by the cluster: choose another");
        }
        if (used.contains(agent)) {
            throw new IllegalArgumentException("--port " + port + " would put the replica's lag agent on " + agent
                    + ", which the cluster already uses: choose another");
        }
        if (!FreePorts.isFree(port)) {
            throw new IllegalArgumentException("port " + port + " on 127.0.0.1 is in use by another program: "
                    + "choose a free one with --port");
        }
        if (!FreePorts.isFree(agent)) {
            throw new IllegalArgumentException("port " + agent + " on 127.0.0.1, where the replica's lag agent "
                    + "would listen, is in use by another program: choose another --port");
        }
        return port;
    }

    private void seed(ClusterNode primary, ClusterNode replica, ServerFlavor flavor,
                      NodeAccess access) throws SQLException {
        DockerClient from = provisioner.engines().client(primary.engine(), primary.tls());
        DockerClient to = provisioner.engines().client(replica.engine(), replica.tls());
        String fromId = primary.containerName(context.name());
        String toId = replica.containerName(context.name());
        context.say("seeding " + toId + " from a consistent dump of " + fromId);
        check(ContainerExec.run(from, fromId, SeedCommands.dump(flavor), DUMP_TIMEOUT_SECONDS), "dump on " + fromId);
        try (InputStream tar = from.copyArchiveFromContainerCmd(fromId,
                SeedCommands.DUMP_DIR + "/" + SeedCommands.DUMP_FILE).exec()) {
            to.copyArchiveToContainerCmd(toId).withTarInputStream(tar).withRemotePath(SeedCommands.DUMP_DIR).exec();
        } catch (java.io.IOException e) {
            throw new SQLException("copying the dump from " + fromId + " to " + toId + " failed", e);
        } finally {
            ContainerExec.run(from, fromId, SeedCommands.removeDump(), 60);
        }
        check(ContainerExec.run(to, toId, SeedCommands.restore(flavor), DUMP_TIMEOUT_SECONDS), "restore on " + toId);
        try (Connection connection = access.root(replica); Statement statement = connection.createStatement()) {
            // The dump replaced the account tables; LOCAL keeps this out of the replica's own binary log, which
            // must hold no GTID the primary does not have.
            statement.execute("FLUSH LOCAL PRIVILEGES");
            context.say("seeded " + toId + " at GTID position " + ReplicationAdmin.executedGtids(connection, flavor));
        }
    }

    private static String check(ContainerExec.Result result, String what) throws SQLException {
        if (!result.succeeded()) {
            throw new SQLException(what + " failed (exit " + result.exitCode() + "): " + result.output().strip());
        }
        return result.output();
    }
}
