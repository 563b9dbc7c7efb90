package io.repmysql.demo.cluster;

import org.springframework.stereotype.Component;

import java.io.IOException;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * The cluster page's switch: makes every replica apply each transaction N seconds after the primary committed it
 * ({@code MASTER_DELAY} on MariaDB, {@code SOURCE_DELAY} on MySQL: stop replication, change, start it), or clears
 * the delay (N = 0). It talks to each node straight, on the addresses of the provisioner's topology.json, with the
 * admin account; a node with no replication status is the primary and is left alone.
 */
@Component
public class ReplicaDelay {

    public static final int MAX_SECONDS = 60;

    private final StatsProperties stats;
    private final AdminProperties admin;

    public ReplicaDelay(StatsProperties stats, AdminProperties admin) {
        this.stats = stats;
        this.admin = admin;
    }

    /** Why the switch cannot work here, or null when it can. */
    public String unavailable() {
        if (!admin.configured()) {
            return "No admin account configured (repmysql.admin.user): bin/repmysql demo passes one.";
        }
        if (stats.topologyFile() == null) {
            return "No topology file configured (repmysql.stats.topology-file): the nodes' addresses are unknown.";
        }
        return null;
    }

    /** The delay of each replica now, by node name. */
    public List<Replica> replicas() throws IOException, SQLException {
        List<Replica> replicas = new ArrayList<>();
        for (Map.Entry<String, ProvisionedNodes.Node> node : ProvisionedNodes.read(stats.topologyFile()).entrySet()) {
            try (Connection connection = connect(node.getValue())) {
                Integer delay = delaySeconds(connection, ServerSql.of(connection));
                if (delay != null) {
                    replicas.add(new Replica(node.getKey(), node.getValue().address(), delay));
                }
            }
        }
        return replicas;
    }

    /** Sets every replica's delay to {@code seconds} (0 clears it); answers the replicas changed. */
    public List<Replica> set(int seconds) throws IOException, SQLException {
        if (seconds < 0 || seconds > MAX_SECONDS) {
            throw new IllegalArgumentException("a delay of " + seconds + " s: use 0 (none) to " + MAX_SECONDS + " s");
        }
        List<Replica> changed = new ArrayList<>();
        for (Map.Entry<String, ProvisionedNodes.Node> node : ProvisionedNodes.read(stats.topologyFile()).entrySet()) {
            try (Connection connection = connect(node.getValue())) {
                ServerSql sql = ServerSql.of(connection);
                if (delaySeconds(connection, sql) == null) {
                    continue;
                }
                try (Statement statement = connection.createStatement()) {
                    statement.execute(sql.stop());
                    try {
                        statement.execute(sql.delay(seconds));
                    } finally {
                        // Whatever the change did, replication runs again: a stopped replica is drained from reads.
                        statement.execute(sql.start());
                    }
                }
                changed.add(new Replica(node.getKey(), node.getValue().address(), seconds));
            }
        }
        return changed;
    }

    private Connection connect(ProvisionedNodes.Node node) throws SQLException {
        return DriverManager.getConnection("jdbc:mysql://" + node.address()
                + "/?allowPublicKeyRetrieval=true&connectTimeout=3000&socketTimeout=30000", admin.user(),
                admin.password());
    }

    /** The configured delay, or null when the node replicates from nobody. */
    private static Integer delaySeconds(Connection connection, ServerSql sql) throws SQLException {
        try (Statement statement = connection.createStatement();
             ResultSet status = statement.executeQuery(sql.showStatus())) {
            return status.next() ? status.getInt("SQL_Delay") : null;
        }
    }

    public record Replica(String name, String address, int delaySeconds) {
    }

    /**
     * The two servers' spellings. MySQL changes the delay with only the applier stopped; MariaDB refuses CHANGE
     * MASTER while either replication thread runs, so both stop for the moment of the change.
     */
    enum ServerSql {
        MARIADB("SHOW SLAVE STATUS", "STOP SLAVE", "CHANGE MASTER TO MASTER_DELAY = ", "START SLAVE"),
        MYSQL("SHOW REPLICA STATUS", "STOP REPLICA SQL_THREAD", "CHANGE REPLICATION SOURCE TO SOURCE_DELAY = ",
                "START REPLICA SQL_THREAD");

        private final String showStatus;
        private final String stop;
        private final String change;
        private final String start;

        ServerSql(String showStatus, String stop, String change, String start) {
            this.showStatus = showStatus;
            this.stop = stop;
            this.change = change;
            this.start = start;
        }

        static ServerSql of(Connection connection) throws SQLException {
            return connection.getMetaData().getDatabaseProductVersion().contains("MariaDB") ? MARIADB : MYSQL;
        }

        String showStatus() {
            return showStatus;
        }

        String stop() {
            return stop;
        }

        /** {@code seconds} is an int checked by the caller: nothing else goes into the statement. */
        String delay(int seconds) {
            return change + seconds;
        }

        String start() {
            return start;
        }
    }
}
