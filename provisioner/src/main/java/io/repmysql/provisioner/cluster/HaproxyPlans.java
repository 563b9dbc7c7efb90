package io.repmysql.provisioner.cluster;

import io.repmysql.provisioner.haproxy.HaproxyPlan;
import io.repmysql.provisioner.haproxy.HaproxyServer;

import java.util.List;

/** The HAProxy plan for a topology: write port → primary (+ backup), read port → the replicas. */
final class HaproxyPlans {

    private HaproxyPlans() {
    }

    static HaproxyPlan of(ClusterContext context, Topology topology) {
        HaproxyServer primary = server(context, topology.primary());
        HaproxyServer backup = topology.writeBackupNode().map(n -> server(context, n)).orElse(null);
        List<HaproxyServer> readers = topology.replicas().stream().map(n -> server(context, n)).toList();
        return HaproxyPlan.forCluster(context.spec(), context.secrets(), primary, backup, readers);
    }

    private static HaproxyServer server(ClusterContext context, ClusterNode node) {
        return new HaproxyServer(node.name(), context.networking().peerHost(node.containerName(context.name())),
                node.port(), node.agentPort());
    }
}
