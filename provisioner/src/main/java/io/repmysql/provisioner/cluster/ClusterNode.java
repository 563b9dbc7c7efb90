package io.repmysql.provisioner.cluster;

import io.repmysql.provisioner.spec.EngineTls;

/**
 * One database node as it runs now.
 *
 * @param name     the node name, e.g. {@code primary}, {@code replica-2}; the container is {@code <cluster>-<name>}
 * @param serverId its unique server id
 * @param engine   the Docker engine it runs on; null = the default engine
 * @param tls      TLS settings for that engine; null = none
 */
public record ClusterNode(String name, NodeRole role, long serverId, int port, String engine, EngineTls tls) {

    public ClusterNode withRole(NodeRole newRole) {
        return new ClusterNode(name, newRole, serverId, port, engine, tls);
    }

    public String containerName(String cluster) {
        return cluster + "-" + name;
    }
}
