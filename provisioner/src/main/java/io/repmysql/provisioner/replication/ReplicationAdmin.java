package io.repmysql.provisioner.replication;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;
import java.util.Optional;

/**
 * Replication set-up over JDBC (Connector/J), not shell scripts: accounts, GTID auto-positioning, read-only,
 * status. Each method takes an open root connection; the caller owns it.
 */
public final class ReplicationAdmin {

    private ReplicationAdmin() {
    }

    /** A root (or admin) connection to one node. */
    public static Connection connect(String host, int port, String user, String password) throws SQLException {
        return DriverManager.getConnection("jdbc:mysql://" + host + ":" + port
                + "/?allowPublicKeyRetrieval=true&connectTimeout=3000&socketTimeout=120000", user, password);
    }

    /**
     * On the primary: the replication user with only the replication privilege, and HAProxy's check user with no
     * privileges and no password, reachable only from {@code monitorHost}. Both replicate to the replicas.
     */
    public static void createAccounts(Connection primary, String replicationUser, String replicationPassword,
                                      String monitorUser, String monitorHost) throws SQLException {
        String repl = SqlLiterals.string(replicationUser) + "@'%'";
        String monitor = SqlLiterals.string(monitorUser) + "@" + SqlLiterals.string(monitorHost);
        execute(primary, List.of(
                "CREATE USER IF NOT EXISTS " + repl + " IDENTIFIED BY " + SqlLiterals.string(replicationPassword),
                "ALTER USER " + repl + " IDENTIFIED BY " + SqlLiterals.string(replicationPassword),
                "GRANT REPLICATION SLAVE ON *.* TO " + repl,
                "CREATE USER IF NOT EXISTS " + monitor));
    }

    /** Points a replica at the primary with GTID auto-positioning and starts both threads. */
    public static void startReplication(Connection replica, ServerFlavor flavor, String primaryHost, int primaryPort,
                                        String user, String password) throws SQLException {
        ReplicationSql sql = flavor.sql();
        execute(replica, List.of(sql.stopReplica()));
        execute(replica, sql.changeSource(primaryHost, primaryPort, user, password));
        execute(replica, List.of(sql.startReplica()));
    }

    /** The replica's threads, or empty when the server replicates from nobody. */
    public static Optional<ReplicaStatus> status(Connection node, ServerFlavor flavor) throws SQLException {
        ReplicationSql sql = flavor.sql();
        ReplicationSql.ReplicaStatusColumns columns = sql.statusColumns();
        try (Statement statement = node.createStatement();
             ResultSet row = statement.executeQuery(sql.showReplicaStatus())) {
            if (!row.next()) {
                return Optional.empty();
            }
            long lag = row.getLong(columns.lagSeconds());
            Long lagSeconds = row.wasNull() ? null : lag;
            String error = firstNonEmpty(row.getString(columns.ioError()), row.getString(columns.sqlError()));
            return Optional.of(new ReplicaStatus("Yes".equalsIgnoreCase(row.getString(columns.ioRunning())),
                    "Yes".equalsIgnoreCase(row.getString(columns.sqlRunning())), lagSeconds, error,
                    java.util.Objects.requireNonNullElse(row.getString(columns.receivedGtids()), "")));
        }
    }

    /** Stops replication and forgets the source: the node is about to become the primary. */
    public static void resetReplica(Connection node, ServerFlavor flavor) throws SQLException {
        execute(node, flavor.sql().resetReplica());
    }

    /** Read-only on for replicas and fenced nodes, off for the primary. */
    public static void setReadOnly(Connection node, ServerFlavor flavor, boolean on) throws SQLException {
        execute(node, flavor.sql().readOnly(on));
    }

    /** The GTIDs the server has executed. */
    public static String executedGtids(Connection node, ServerFlavor flavor) throws SQLException {
        try (Statement statement = node.createStatement();
             ResultSet row = statement.executeQuery(flavor.sql().executedGtids())) {
            row.next();
            String gtids = row.getString(1);
            return gtids == null ? "" : gtids;
        }
    }

    /**
     * What a replica holds, applied or only received. MySQL's received set covers this channel's relay log only
     * (a replica seeded from a dump received none of the seed), so it is joined with the executed set; a
     * MariaDB position already names the last transaction per domain.
     */
    public static String heldGtids(Connection node, ServerFlavor flavor, String received) throws SQLException {
        if (flavor == ServerFlavor.MARIADB) {
            return received.isBlank() ? executedGtids(node, flavor) : received;
        }
        try (PreparedStatement union = node.prepareStatement("SELECT GTID_SUBTRACT(CONCAT_WS(',', "
                + "NULLIF(@@GLOBAL.gtid_executed, ''), NULLIF(?, '')), '')")) {
            union.setString(1, received);
            try (ResultSet row = union.executeQuery()) {
                row.next();
                return row.getString(1) == null ? "" : row.getString(1);
            }
        }
    }

    /** Waits until the node has applied {@code gtids}; false on timeout. */
    public static boolean waitForGtids(Connection node, ServerFlavor flavor, String gtids, int timeoutSeconds)
            throws SQLException {
        if (gtids.isBlank()) {
            return true;
        }
        try (PreparedStatement wait = node.prepareStatement(flavor.sql().waitForGtids())) {
            wait.setString(1, gtids);
            wait.setInt(2, timeoutSeconds);
            try (ResultSet row = wait.executeQuery()) {
                return row.next() && row.getInt(1) == 0;
            }
        }
    }

    static void execute(Connection connection, List<String> statements) throws SQLException {
        try (Statement statement = connection.createStatement()) {
            for (String sql : statements) {
                statement.execute(sql);
            }
        }
    }

    private static String firstNonEmpty(String a, String b) {
        if (a != null && !a.isBlank()) {
            return a;
        }
        return b == null ? "" : b;
    }
}
