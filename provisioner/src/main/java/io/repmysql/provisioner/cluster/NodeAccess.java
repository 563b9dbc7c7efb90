package io.repmysql.provisioner.cluster;

import io.repmysql.provisioner.docker.Readiness;
import io.repmysql.provisioner.replication.ReplicationAdmin;

import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;

/** Root connections to the nodes of a cluster. */
public final class NodeAccess {

    private final String host;
    private final String rootPassword;

    public NodeAccess(String host, String rootPassword) {
        this.host = host;
        this.rootPassword = rootPassword;
    }

    public Connection root(ClusterNode node) throws SQLException {
        return ReplicationAdmin.connect(host, node.port(), "root", rootPassword);
    }

    /** Waits until a real query succeeds on the node, keeping the last error as the cause. */
    public void awaitReady(String cluster, ClusterNode node, Duration timeout) {
        Readiness.await(node.containerName(cluster) + " on port " + node.port(), timeout, Duration.ofMillis(500),
                () -> {
                    try (Connection connection = root(node); Statement statement = connection.createStatement()) {
                        statement.execute("SELECT 1");
                        return null;
                    }
                });
    }

    @Override
    public String toString() {
        return "NodeAccess[" + host + ", rootPassword=****]";
    }
}
