package io.repmysql.provisioner.cluster;

import io.repmysql.haproxy.stats.Proxies;
import com.github.dockerjava.api.model.Container;
import io.repmysql.provisioner.docker.Labels;
import io.repmysql.haproxy.stats.StatsRow;
import io.repmysql.provisioner.replication.ReplicaStatus;
import io.repmysql.provisioner.replication.ReplicationAdmin;
import io.repmysql.provisioner.replication.ServerFlavor;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;

/** Builds {@code status}: containers by label, each node's replication threads and lag, HAProxy's stats CSV. */
public final class StatusReader {

    private final ClusterContext context;
    private final ClusterProvisioner provisioner;

    public StatusReader(ClusterContext context, ClusterProvisioner provisioner) {
        this.context = context;
        this.provisioner = provisioner;
    }

    public ClusterStatus read() {
        var haproxySpec = context.spec().haproxy();
        Topology topology = TopologyStore.load(context);
        Map<String, Container> containers = provisioner.containers(topology).stream()
                .collect(Collectors.toMap(c -> c.getLabels().getOrDefault(Labels.NODE, "?"), Function.identity(),
                        (a, b) -> a));
        String haproxyState = Optional.ofNullable(containers.get("haproxy")).map(Container::getState).orElse("missing");
        if (containers.isEmpty()) {
            return new ClusterStatus(context.name(), ClusterStatus.Health.NOT_RUNNING, haproxyState,
                    haproxySpec.writePort(), haproxySpec.readPort(), haproxySpec.statsPort(), List.of());
        }
        List<StatsRow> stats = stats(topology);
        List<NodeStatus> nodes = new ArrayList<>();
        for (ClusterNode node : topology.nodes()) {
            String state = Optional.ofNullable(containers.get(node.name())).map(Container::getState).orElse("missing");
            nodes.add(node(topology, node, state, stats));
        }
        return new ClusterStatus(context.name(), health(haproxyState, stats, nodes, topology), haproxyState,
                haproxySpec.writePort(), haproxySpec.readPort(), haproxySpec.statsPort(), nodes);
    }

    private ClusterStatus.Health health(String haproxy, List<StatsRow> stats, List<NodeStatus> nodes,
                                       Topology topology) {
        boolean primaryRunning = nodes.stream().anyMatch(n -> n.name().equals(topology.primary().name())
                && "running".equals(n.container()));
        if (!"running".equals(haproxy) || stats.isEmpty() || !primaryRunning) {
            return ClusterStatus.Health.NOT_RUNNING;
        }
        boolean allHealthy = nodes.stream().allMatch(NodeStatus::healthy);
        return allHealthy ? ClusterStatus.Health.HEALTHY : ClusterStatus.Health.DEGRADED;
    }

    private List<StatsRow> stats(Topology topology) {
        try {
            return new HaproxyHealth(context, topology).client().rows();
        } catch (Exception unreachable) {
            return List.of();
        }
    }

    private NodeStatus node(Topology topology, ClusterNode node, String state, List<StatsRow> stats) {
        String haproxy = stats.stream().filter(r -> r.server().equals(node.name()))
                .map(r -> (r.proxy().equals(Proxies.WRITE) ? "write" : "read") + ":" + r.status().replace(' ', '_')
                        + (r.backup() ? "(backup)" : ""))
                .collect(Collectors.joining(" "));
        List<String> problems = new ArrayList<>();
        if (!"running".equals(state)) {
            problems.add("container " + state);
        }
        Boolean io = null;
        Boolean sql = null;
        Long lag = null;
        Boolean readOnly = null;
        if ("running".equals(state)) {
            try (Connection connection = provisioner.access(topology).root(node)) {
                ServerFlavor flavor = ServerFlavor.of(connection);
                readOnly = readOnly(connection);
                Optional<ReplicaStatus> replica = ReplicationAdmin.status(connection, flavor);
                if (replica.isPresent()) {
                    io = replica.get().ioRunning();
                    sql = replica.get().sqlRunning();
                    lag = replica.get().lagSeconds();
                    if (!replica.get().healthy()) {
                        problems.add("replication stopped" + (replica.get().lastError().isEmpty() ? ""
                                : ": " + replica.get().lastError()));
                    }
                } else if (node.role() == NodeRole.REPLICA) {
                    problems.add("not replicating");
                }
            } catch (SQLException e) {
                problems.add("unreachable: " + e.getMessage());
            }
        }
        if (node.role() != NodeRole.FENCED && stats.stream().anyMatch(r -> r.server().equals(node.name()) && !r.up())) {
            problems.add("down in HAProxy");
        }
        if (node.role() == NodeRole.FENCED) {
            // A fenced former primary is expected to be stopped or read-only; it is out of every pool.
            problems.clear();
        }
        return new NodeStatus(node.name(), node.role().label(), node.serverId(), node.port(), state, io, sql, lag,
                readOnly, haproxy, String.join("; ", problems));
    }

    private static Boolean readOnly(Connection connection) throws SQLException {
        try (Statement statement = connection.createStatement();
             ResultSet row = statement.executeQuery("SELECT @@GLOBAL.read_only")) {
            row.next();
            return row.getBoolean(1);
        }
    }
}
