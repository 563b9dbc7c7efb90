package io.repmysql.it;

import io.repmysql.provisioner.cluster.ClusterNode;
import io.repmysql.provisioner.junit.RunningCluster;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Properties;
import java.util.Set;
import java.util.stream.Collectors;

/** Small helpers so the tests read as what a user would check. */
final class Sql {

    private Sql() {
    }

    /** A jdbc:repmysql: connection to the cluster, with extra URL properties ("consistency=session"…). */
    static Connection repmysql(RunningCluster cluster, String... properties) throws SQLException {
        StringBuilder url = new StringBuilder(cluster.repmysqlUrl());
        for (String property : properties) {
            url.append('&').append(property);
        }
        Properties info = new Properties();
        info.setProperty("user", cluster.appUser());
        info.setProperty("password", cluster.appPassword());
        return DriverManager.getConnection(url.toString(), info);
    }

    /** {@code @@server_id} as the connection's routing answers it (a read). */
    static long serverId(Connection connection) throws SQLException {
        return longValue(connection, "SELECT @@server_id");
    }

    static long longValue(Connection connection, String sql) throws SQLException {
        try (Statement statement = connection.createStatement(); ResultSet row = statement.executeQuery(sql)) {
            row.next();
            return row.getLong(1);
        }
    }

    static String string(Connection connection, String sql) throws SQLException {
        try (Statement statement = connection.createStatement(); ResultSet row = statement.executeQuery(sql)) {
            row.next();
            return row.getString(1);
        }
    }

    static void execute(Connection connection, String... statements) throws SQLException {
        try (Statement statement = connection.createStatement()) {
            for (String sql : statements) {
                statement.execute(sql);
            }
        }
    }

    /** Runs statements as root directly on one node, bypassing HAProxy and the driver. */
    static void onNode(RunningCluster cluster, ClusterNode node, String... statements) throws SQLException {
        try (Connection root = cluster.root(node)) {
            execute(root, statements);
        }
    }

    static Set<Long> replicaIds(RunningCluster cluster) {
        return cluster.topology().replicas().stream().map(ClusterNode::serverId).collect(Collectors.toSet());
    }

    static long primaryId(RunningCluster cluster) {
        return cluster.topology().primary().serverId();
    }
}
