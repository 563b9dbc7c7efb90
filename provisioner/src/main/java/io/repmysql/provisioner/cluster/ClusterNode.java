package io.repmysql.provisioner.cluster;

import io.repmysql.provisioner.spec.ClusterNames;
import io.repmysql.provisioner.spec.EngineTls;

/**
 * One database node as it runs now.
 *
 * @param name     the node name, e.g. {@code primary}, {@code replica-2}; the container is {@code <cluster>-<name>}
 * @param serverId its unique server id
 * @param engine   the Docker engine it runs on; null = the default engine
 * @param tls      TLS settings for that engine; null = none
 * @param agentPort the port of the node's HAProxy agent (lag and replication threads); null = no agent
 */
public record ClusterNode(String name, NodeRole role, long serverId, int port, String engine, EngineTls tls,
                          Integer agentPort) {

    public ClusterNode withRole(NodeRole newRole) {
        return new ClusterNode(name, newRole, serverId, port, engine, tls, agentPort);
    }

    public String containerName(String cluster) {
        return ClusterNames.container(cluster, name);
    }
}
