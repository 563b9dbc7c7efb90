package io.repmysql.benchmarks.load;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Properties;

/**
 * The table the workloads use, filled once through the write port; the harness starts when the read port sees
 * every row, so no contender is measured against a replica still catching up.
 */
final class BenchTable {

    private BenchTable() {
    }

    static void ensure(Endpoints endpoints, int rows) throws SQLException, InterruptedException {
        try (Connection primary = connect(endpoints, endpoints.writePort())) {
            try (Statement ddl = primary.createStatement()) {
                ddl.execute("CREATE TABLE IF NOT EXISTS " + Workload.TABLE
                        + " (id INT PRIMARY KEY, k INT NOT NULL, v VARCHAR(64) NOT NULL) ENGINE=InnoDB");
            }
            int present = count(primary);
            if (present < rows) {
                fill(primary, present, rows);
            }
        }
        waitForReplicas(endpoints, rows);
    }

    private static void fill(Connection primary, int from, int rows) throws SQLException {
        try (PreparedStatement insert = primary.prepareStatement("INSERT INTO " + Workload.TABLE
                + " (id, k, v) VALUES (?, 0, ?) ON DUPLICATE KEY UPDATE k = k")) {
            for (int id = from + 1; id <= rows; id++) {
                insert.setInt(1, id);
                insert.setString(2, "value-" + id);
                insert.addBatch();
                if (id % 1000 == 0 || id == rows) {
                    insert.executeBatch();
                }
            }
        }
    }

    private static void waitForReplicas(Endpoints endpoints, int rows) throws SQLException, InterruptedException {
        long deadline = System.nanoTime() + 60_000_000_000L;
        int seen = -1;
        while (System.nanoTime() < deadline) {
            try (Connection replica = connect(endpoints, endpoints.readPort())) {
                seen = count(replica);
            } catch (SQLException e) {
                // The CREATE TABLE itself may not have reached the replica yet.
                seen = -1;
            }
            if (seen >= rows) {
                return;
            }
            Thread.sleep(200);
        }
        throw new SQLException("the read port sees " + seen + " of " + rows + " rows of " + Workload.TABLE
                + " after 60 s: is replication running? (bin/repmysql status)");
    }

    private static int count(Connection connection) throws SQLException {
        try (Statement query = connection.createStatement();
             ResultSet result = query.executeQuery("SELECT COUNT(*) FROM " + Workload.TABLE)) {
            result.next();
            return result.getInt(1);
        }
    }

    static Connection connect(Endpoints endpoints, int port) throws SQLException {
        Properties properties = new Properties();
        properties.setProperty("user", endpoints.user());
        properties.setProperty("password", endpoints.password());
        return DriverManager.getConnection("jdbc:mysql://" + endpoints.host() + ":" + port + "/"
                + endpoints.database() + "?" + Contender.CONNECTOR_J_PROPERTIES + "&rewriteBatchedStatements=true",
                properties);
    }
}
