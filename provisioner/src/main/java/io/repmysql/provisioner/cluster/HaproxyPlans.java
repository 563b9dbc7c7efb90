package io.repmysql.provisioner.cluster;

import io.repmysql.provisioner.haproxy.HaproxyPlan;
import io.repmysql.provisioner.haproxy.HaproxyServer;

import java.util.List;

/** The HAProxy plan for a topology: write port → primary (+ backup), read port → the replicas. */
final class HaproxyPlans {

    private HaproxyPlans() {
    }

    static HaproxyPlan of(ClusterContext context, Topology topology) {
        HaproxyServer primary = server(topology, topology.primary());
        HaproxyServer backup = topology.writeBackupNode().map(n -> server(topology, n)).orElse(null);
        List<HaproxyServer> readers = topology.replicas().stream().map(n -> server(topology, n)).toList();
        return HaproxyPlan.forCluster(context.spec(), context.secrets(), primary, backup, readers);
    }

    private static HaproxyServer server(Topology topology, ClusterNode node) {
        return new HaproxyServer(node.name(), topology.host(), node.port(), node.agentPort());
    }
}
