package io.repmysql.it;

import io.repmysql.provisioner.junit.ReplicatedCluster;
import io.repmysql.provisioner.junit.RunningCluster;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.net.ServerSocket;
import java.sql.CallableStatement;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.JDBCType;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.Properties;

import static io.repmysql.it.Sql.execute;
import static io.repmysql.it.Sql.longValue;
import static io.repmysql.it.Sql.onNode;
import static io.repmysql.it.Sql.repmysql;
import static io.repmysql.it.Sql.string;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowableOfType;
import static org.awaitility.Awaitility.await;

/** JDBC calls off the common path behave through jdbc:repmysql: as they do with Connector/J on the same servers. */
@ReplicatedCluster(replicas = 1)
class DriverFidelityIT {

    @BeforeAll
    static void schema(RunningCluster cluster) throws Exception {
        try (Connection connection = repmysql(cluster)) {
            execute(connection,
                    "CREATE TABLE items (id INT PRIMARY KEY, name VARCHAR(20), price DECIMAL(10, 2))",
                    "INSERT INTO items VALUES (1, 'one', 1.00), (2, 'two', 2.00), (3, 'three', 3.00)",
                    "CREATE PROCEDURE answer(OUT result INT) SET result = 42");
            // Reads go to the replica without waiting (consistency=none): it must have the rows before any test.
            await().atMost(Duration.ofSeconds(30)).untilAsserted(() ->
                    assertThat(longValue(connection, "SELECT COUNT(*) FROM items")).isEqualTo(3));
        }
    }

    @Test
    void setObjectWithAnSqlType_bindsTheValue(RunningCluster cluster) throws Exception {
        try (Connection connection = repmysql(cluster);
             PreparedStatement insert = connection.prepareStatement("INSERT INTO items VALUES (?, ?, ?)")) {
            insert.setObject(1, 10, JDBCType.INTEGER);
            insert.setObject(2, "ten", JDBCType.VARCHAR);
            insert.setObject(3, new BigDecimal("10.456"), JDBCType.DECIMAL, 2);
            insert.executeUpdate();

            assertThat(string(connection, "SELECT CONCAT(name, ' ', price) FROM items WHERE id = 10 FOR UPDATE"))
                    .isEqualTo("ten 10.46");
        }
    }

    @Test
    void largeUpdateCount_afterExecuteOfAnUpdate_isTheRowsChanged(RunningCluster cluster) throws Exception {
        try (Connection connection = repmysql(cluster); Statement statement = connection.createStatement()) {
            statement.execute("UPDATE items SET price = price WHERE id IN (1, 3)");
            assertThat(statement.getLargeUpdateCount()).isEqualTo(2);
        }
    }

    @Test
    void largeMaxRows_isKept_andLimitsTheRows(RunningCluster cluster) throws Exception {
        try (Connection connection = repmysql(cluster); Statement statement = connection.createStatement()) {
            statement.setLargeMaxRows(2);
            assertThat(statement.getLargeMaxRows()).isEqualTo(2);
            int rows = 0;
            try (ResultSet result = statement.executeQuery("SELECT id FROM items")) {
                while (result.next()) {
                    rows++;
                }
            }
            assertThat(rows).isEqualTo(2);
        }
    }

    @Test
    void registerOutParameterWithAnSqlType_returnsTheProceduresValue(RunningCluster cluster) throws Exception {
        try (Connection connection = repmysql(cluster); CallableStatement call = connection.prepareCall("{call answer(?)}")) {
            call.registerOutParameter(1, JDBCType.INTEGER);
            call.execute();
            assertThat(call.getInt(1)).isEqualTo(42);
        }
    }

    @Test
    void updatableResultSet_updateRow_changesTheRowOnThePrimary(RunningCluster cluster) throws Exception {
        try (Connection connection = repmysql(cluster);
             Statement statement = connection.createStatement(ResultSet.TYPE_FORWARD_ONLY,
                     ResultSet.CONCUR_UPDATABLE)) {
            try (ResultSet row = statement.executeQuery("SELECT id, name FROM items WHERE id = 2")) {
                assertThat(row.next()).isTrue();
                row.updateString("name", "updated");
                row.updateRow();
            }
            assertThat(string(connection, "SELECT name FROM items WHERE id = 2 FOR UPDATE")).isEqualTo("updated");
        }
    }

    @Test
    void wrongPassword_failsAtGetConnection_with28000(RunningCluster cluster) {
        Properties info = new Properties();
        info.setProperty("user", cluster.appUser());
        info.setProperty("password", "wrong-" + cluster.appPassword());

        SQLException e = catchThrowableOfType(SQLException.class,
                () -> DriverManager.getConnection(cluster.repmysqlUrl(), info));

        assertThat(e.getSQLState()).isEqualTo("28000");
        assertThat((Throwable) e).hasMessageContaining("Access denied");
        assertThat(e.getMessage()).doesNotContain(cluster.appPassword());
    }

    @Test
    void nothingListening_failsAtGetConnection_withAConnectionError() throws Exception {
        int closedPort;
        try (ServerSocket socket = new ServerSocket(0)) {
            closedPort = socket.getLocalPort();
        }
        Properties info = new Properties();
        info.setProperty("user", "app");
        info.setProperty("password", "secret-password");

        SQLException e = catchThrowableOfType(SQLException.class, () -> DriverManager.getConnection(
                "jdbc:repmysql://127.0.0.1:" + closedPort + "/app?readPort=" + closedPort + "&connectTimeout=2000",
                info));

        assertThat(e.getSQLState()).startsWith("08");
        assertThat(e.getMessage()).doesNotContain("secret-password");
    }

    @Test
    void batchAfterALostTransaction_isNotSent_untilRollback(RunningCluster cluster) throws Exception {
        try (Connection connection = repmysql(cluster); Statement statement = connection.createStatement()) {
            connection.setAutoCommit(false);
            statement.executeUpdate("INSERT INTO items VALUES (20, 'lost', 0)");
            long writerSession = longValue(connection, "SELECT CONNECTION_ID()");
            onNode(cluster, cluster.topology().primary(), "KILL " + writerSession);
            assertThatThrownBy(() -> statement.executeUpdate("INSERT INTO items VALUES (21, 'lost', 0)"))
                    .hasMessageContaining("rolled the transaction back");

            statement.addBatch("INSERT INTO items VALUES (22, 'after the loss', 0)");
            assertThatThrownBy(statement::executeBatch)
                    .hasFieldOrPropertyWithValue("SQLState", "08003")
                    .hasMessageContaining("call rollback()");

            connection.rollback();
            connection.setAutoCommit(true);
            assertThat(longValue(connection, "SELECT COUNT(*) FROM items WHERE id >= 20 FOR UPDATE")).isZero();
        }
    }
}
