package io.repmysql.benchmarks.load;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;

import io.repmysql.provisioner.spec.ClusterNames;

/**
 * Turns the primary's semi-synchronous replication on for {@link Contender#RAW_WRITE_SEMI_SYNC}'s rounds and off
 * for every other contender's, so both run on the same cluster, interleaved, with the same replicas. Counts the
 * commits a replica acknowledged, so a semi-sync round that was not one (no replica acknowledging) is an error,
 * not a figure. The cluster must have been started with {@code replication.semiSync: true}: that loads and enables
 * the replicas' side. Restores the primary's setting when closed.
 */
final class SemiSyncSwitch implements AutoCloseable {

    private final Connection root;
    /** MariaDB's server variables say master, MySQL's source. */
    private final String variable;
    private final String counter;
    private final boolean wasOn;
    private boolean on;

    private SemiSyncSwitch(Connection root, boolean mariadb) throws SQLException {
        this.root = root;
        this.variable = mariadb ? "rpl_semi_sync_master_enabled" : "rpl_semi_sync_source_enabled";
        this.counter = mariadb ? "Rpl_semi_sync_master_yes_tx" : "Rpl_semi_sync_source_yes_tx";
        String enabled = query("SELECT @@GLOBAL." + variable);
        this.wasOn = "1".equals(enabled) || "ON".equalsIgnoreCase(enabled);
        this.on = wasOn;
    }

    /** Root on the primary, through the write port. */
    static SemiSyncSwitch open(Endpoints endpoints) throws SQLException {
        Connection root = DriverManager.getConnection("jdbc:mysql://"
                + ClusterNames.hostPort(endpoints.host(), endpoints.writePort())
                + "/?" + Contender.CONNECTOR_J_PROPERTIES, "root", endpoints.rootPassword());
        try (Statement statement = root.createStatement();
             ResultSet version = statement.executeQuery("SELECT VERSION()")) {
            version.next();
            SemiSyncSwitch semiSync = new SemiSyncSwitch(root, version.getString(1).contains("MariaDB"));
            semiSync.requireReplicaSide();
            return semiSync;
        } catch (SQLException e) {
            root.close();
            throw e;
        }
    }

    /** Semi-sync on the primary for this contender's rounds, off for everyone else's. */
    void applyFor(Contender contender) throws SQLException {
        boolean wanted = contender == Contender.RAW_WRITE_SEMI_SYNC;
        if (wanted != on) {
            execute("SET GLOBAL " + variable + " = " + (wanted ? "ON" : "OFF"));
            on = wanted;
        }
    }

    /** Commits a replica acknowledged since the server started. */
    long acknowledged() throws SQLException {
        return Long.parseLong(status(counter));
    }

    private void requireReplicaSide() throws SQLException {
        String name = counter.replace("yes_tx", "clients");
        String clients = status(name);
        if ("0".equals(clients)) {
            throw new IllegalStateException("no replica of the cluster speaks semi-sync (" + name + " = 0): start "
                    + "the cluster with replication: { semiSync: true } to compare semi-sync on and off");
        }
    }

    private String status(String name) throws SQLException {
        try (Statement statement = root.createStatement();
             ResultSet row = statement.executeQuery("SHOW GLOBAL STATUS LIKE '" + name + "'")) {
            return row.next() ? row.getString(2) : "0";
        }
    }

    private String query(String sql) throws SQLException {
        try (Statement statement = root.createStatement(); ResultSet row = statement.executeQuery(sql)) {
            return row.next() ? row.getString(1) : null;
        }
    }

    private void execute(String sql) throws SQLException {
        try (Statement statement = root.createStatement()) {
            statement.execute(sql);
        }
    }

    @Override
    public void close() throws SQLException {
        try {
            if (on != wasOn) {
                execute("SET GLOBAL " + variable + " = " + (wasOn ? "ON" : "OFF"));
            }
        } finally {
            root.close();
        }
    }
}
