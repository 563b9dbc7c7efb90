package io.repmysql.provisioner.docker;

import io.repmysql.provisioner.spec.ClusterNames;
/**
 * Everything needed to start one database node container. Secrets travel as files copied into the container
 * before it starts, never as environment variables (which {@code docker inspect} shows to anyone).
 *
 * @param cluster      the cluster name (label and container-name prefix)
 * @param node         the node name, e.g. {@code primary}, {@code replica-1}
 * @param role         {@code primary} or {@code replica}
 * @param serverId     unique non-zero server id
 * @param port         the port the server listens on
 * @param bindAddress  the address it listens on (127.0.0.1 in host mode)
 * @param image        the node image
 * @param engineHost   the engine it runs on, for messages (null = default)
 * @param semiSync     lossless semi-synchronous replication
 * @param database     the database created on first start
 * @param appUser      the application user created on first start
 * @param rootPassword root's password
 * @param appPassword  the application user's password
 * @param agentPort    the HAProxy agent's port, or null for none
 * @param maxLagSeconds the lag above which the agent drains the node from the read pool
 */
public record NodeLaunch(String cluster, String node, String role, long serverId, int port, String bindAddress,
                         String image, String engineHost, boolean semiSync, String database, String appUser,
                         String rootPassword, String appPassword, Integer agentPort, int maxLagSeconds) {

    /** The container name: {@code <cluster>-<node>}. */
    public String containerName() {
        return ClusterNames.container(cluster, node);
    }

    /** The named volume holding the node's data directory. */
    public String volumeName() {
        return ClusterNames.dataVolume(cluster, node);
    }

    @Override
    public String toString() {
        return "NodeLaunch[" + containerName() + ", role=" + role + ", serverId=" + serverId + ", port=" + port
                + ", image=" + image + ", rootPassword=****, appPassword=****]";
    }
}
