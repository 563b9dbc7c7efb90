package io.repmysql.provisioner.cluster;

import io.repmysql.provisioner.spec.ClusterNames;
import io.repmysql.provisioner.spec.ClusterSpec;
import io.repmysql.provisioner.spec.NodeSpec;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The cluster as it is now, which the file alone cannot say once replicas were added or a failover happened.
 * Kept in the cluster's state directory; {@code status}, {@code url}, {@code add-replica} and {@code down}
 * follow it.
 *
 * @param host        the address nodes are reached at (127.0.0.1 in host mode)
 * @param writeBackup the name of the replica that backs up the primary on the write port, or null
 */
public record Topology(String cluster, String host, List<ClusterNode> nodes, String writeBackup) {

    public Topology {
        nodes = List.copyOf(nodes);
    }

    /** The first topology of a cluster: server id 1 for the primary, 2.. for the replicas in file order. */
    public static Topology fromSpec(ClusterSpec spec) {
        List<ClusterNode> nodes = new ArrayList<>();
        NodeSpec primary = spec.primary();
        nodes.add(new ClusterNode("primary", NodeRole.PRIMARY, 1, primary.port(), primary.engine(), primary.tls(),
                ClusterNames.agentPort(primary.port())));
        for (int i = 0; i < spec.replicas().size(); i++) {
            NodeSpec replica = spec.replicas().get(i);
            nodes.add(new ClusterNode("replica-" + (i + 1), NodeRole.REPLICA, i + 2, replica.port(),
                    replica.engine(), replica.tls(), ClusterNames.agentPort(replica.port())));
        }
        String backup = spec.hasWriteBackup() ? "replica-" + (spec.writeBackup() + 1) : null;
        return new Topology(spec.name(), "127.0.0.1", nodes, backup);
    }

    public ClusterNode primary() {
        return nodes.stream().filter(n -> n.role() == NodeRole.PRIMARY).findFirst()
                .orElseThrow(() -> new IllegalStateException("cluster " + cluster + " has no primary"));
    }

    /** The replicas that serve reads, in order. */
    public List<ClusterNode> replicas() {
        return nodes.stream().filter(n -> n.role() == NodeRole.REPLICA).toList();
    }

    public Optional<ClusterNode> writeBackupNode() {
        return replicas().stream().filter(n -> n.name().equals(writeBackup)).findFirst();
    }

    public Optional<ClusterNode> node(String name) {
        return nodes.stream().filter(n -> n.name().equals(name)).findFirst();
    }

    public Topology withNode(ClusterNode node) {
        List<ClusterNode> more = new ArrayList<>(nodes);
        more.add(node);
        return new Topology(cluster, host, more, writeBackup);
    }

    public Topology withNodes(List<ClusterNode> newNodes, String newWriteBackup) {
        return new Topology(cluster, host, newNodes, newWriteBackup);
    }

    /** The next free server id. */
    public long nextServerId() {
        return nodes.stream().mapToLong(ClusterNode::serverId).max().orElse(0) + 1;
    }

    /** The next replica name, {@code replica-<n>}. */
    public String nextReplicaName() {
        int n = 1;
        while (node("replica-" + n).isPresent()) {
            n++;
        }
        return "replica-" + n;
    }
}
