package io.repmysql.benchmarks.load;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Properties;

/**
 * The table the workloads use: sysbench's {@code sbtest1} (without its secondary index, which only sysbench's
 * write tests use), so sysbench's point select and ours read the same rows. Filled once through the write port;
 * the harness starts when the read port sees every row, so no contender is measured against a replica still
 * catching up.
 */
final class BenchTable {

    private BenchTable() {
    }

    static void ensure(Endpoints endpoints, int rows) throws SQLException, InterruptedException {
        try (Connection primary = connect(endpoints, endpoints.writePort())) {
            try (Statement ddl = primary.createStatement()) {
                ddl.execute("CREATE TABLE IF NOT EXISTS " + Workload.TABLE
                        + " (id INT NOT NULL AUTO_INCREMENT PRIMARY KEY, k INT NOT NULL DEFAULT 0,"
                        + " c CHAR(120) NOT NULL DEFAULT '', pad CHAR(60) NOT NULL DEFAULT '') ENGINE=InnoDB");
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
                + " (id, k, c, pad) VALUES (?, ?, ?, ?) ON DUPLICATE KEY UPDATE k = k")) {
            for (int id = from + 1; id <= rows; id++) {
                insert.setInt(1, id);
                insert.setInt(2, id);
                insert.setString(3, digits(id, 11, 10));
                insert.setString(4, digits(id * 31L, 11, 5));
                insert.addBatch();
                if (id % 1000 == 0 || id == rows) {
                    insert.executeBatch();
                }
            }
        }
    }

    /** sysbench's filler: groups of 11 digits joined by '-' (120 characters for 10 groups, 59 for 5). */
    private static String digits(long seed, int width, int groups) {
        StringBuilder text = new StringBuilder();
        long x = seed * 0x9E3779B97F4A7C15L;
        for (int g = 0; g < groups; g++) {
            if (g > 0) {
                text.append('-');
            }
            for (int i = 0; i < width; i++) {
                x = x * 6364136223846793005L + 1442695040888963407L;
                text.append((char) ('0' + (int) ((x >>> 33) % 10)));
            }
        }
        return text.toString();
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
