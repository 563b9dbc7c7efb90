package io.repmysql.it;

import com.mysql.cj.conf.PropertyKey;
import com.mysql.cj.jdbc.ClientPreparedStatement;
import com.mysql.cj.jdbc.JdbcConnection;
import io.repmysql.provisioner.cluster.HaproxyHealth;
import io.repmysql.provisioner.spec.Flavor;
import io.repmysql.provisioner.junit.ReplicatedCluster;
import io.repmysql.provisioner.junit.RunningCluster;
import org.junit.jupiter.api.Test;

import java.security.MessageDigest;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.ResultSetMetaData;
import java.sql.SQLException;
import java.sql.SQLTimeoutException;
import java.sql.Statement;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Random;

import static io.repmysql.it.Sql.execute;
import static io.repmysql.it.Sql.longValue;
import static io.repmysql.it.Sql.repmysql;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.awaitility.Awaitility.await;

/**
 * The Connector/J settings the physical connections get by default, against the failures they could cause: DDL
 * under a cached statement, a HAProxy restart under a held connection. The settings that are not defaults are
 * here too, each with the failure that keeps it out.
 */
@ReplicatedCluster(replicas = 1)
class ConnectorDefaultsIT {

    @Test
    void defaultStatementCache_sharesOneParsePerSql_andStatementsCachedBeforeDdlSeeTheNewColumns(
            RunningCluster cluster) throws Exception {
        try (Connection connection = repmysql(cluster);
             Connection uncached = repmysql(cluster, "cachePrepStmts=false")) {
            execute(connection, "CREATE TABLE cached (id INT PRIMARY KEY, a INT)", "INSERT INTO cached VALUES (1, 10)");
            String select = "SELECT * FROM cached WHERE id = 1";
            await().atMost(Duration.ofSeconds(20)).ignoreExceptions().untilAsserted(() -> assertThat(row(connection, select)).hasSize(2));

            assertThat(queryInfo(connection, select)).as("one parse per SQL string on a connection")
                    .isSameAs(queryInfo(connection, select));
            assertThat(queryInfo(uncached, select)).as("cachePrepStmts=false in the URL turns it off")
                    .isNotSameAs(queryInfo(uncached, select));

            execute(connection, "ALTER TABLE cached ADD COLUMN b INT NOT NULL DEFAULT 7");
            await().atMost(Duration.ofSeconds(20)).ignoreExceptions().untilAsserted(() ->
                    assertThat(row(connection, select)).containsExactly("id=1", "a=10", "b=7"));
            execute(connection, "ALTER TABLE cached DROP COLUMN a");
            await().atMost(Duration.ofSeconds(20)).ignoreExceptions().untilAsserted(() ->
                    assertThat(row(connection, select)).containsExactly("id=1", "b=7"));
            try (PreparedStatement update = connection.prepareStatement("UPDATE cached SET b = ? WHERE id = 1")) {
                update.setLong(1, 8);
                assertThat(update.executeUpdate()).isEqualTo(1);
            }
            execute(connection, "ALTER TABLE cached MODIFY b BIGINT NOT NULL");
            try (PreparedStatement update = connection.prepareStatement("UPDATE cached SET b = ? WHERE id = 1")) {
                update.setLong(1, 5_000_000_000L);
                assertThat(update.executeUpdate()).isEqualTo(1);
            }
            assertThat(longValue(connection, "SELECT b FROM cached WHERE id = 1 FOR UPDATE")).isEqualTo(5_000_000_000L);
        }
    }

    @Test
    void driversSockets_carryLargeRowsStreamedRowsAndCancelledQueries_onBothPorts(RunningCluster cluster)
            throws Exception {
        byte[] blob = new byte[4 << 20];
        new Random(7).nextBytes(blob);
        try (Connection connection = repmysql(cluster)) {
            execute(connection, "CREATE TABLE sockets (id INT PRIMARY KEY, b LONGBLOB)",
                    "CREATE TABLE streamed (id INT PRIMARY KEY, v VARCHAR(200))");
            try (PreparedStatement insert = connection.prepareStatement("INSERT INTO streamed VALUES (?, ?)")) {
                for (int id = 0; id < 2000; id++) {
                    insert.setInt(1, id);
                    insert.setString(2, "x".repeat(200));
                    insert.addBatch();
                }
                insert.executeBatch();
            }
            try (PreparedStatement insert = connection.prepareStatement("INSERT INTO sockets VALUES (1, ?)")) {
                insert.setBytes(1, blob);
                insert.executeUpdate();
            }
            String expected = HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(blob));

            await().atMost(Duration.ofSeconds(30)).ignoreExceptions().untilAsserted(() ->
                    assertThat(blob(connection)).as("a 4 MiB row on the reader").containsExactly(
                            expected, expected, "replica"));
            connection.setAutoCommit(false);
            assertThat(blob(connection)).as("and on the writer").containsExactly(expected, expected, "primary");
            connection.commit();
            connection.setAutoCommit(true);

            try (PreparedStatement streaming = connection.prepareStatement("SELECT id, v FROM streamed ORDER BY id",
                    ResultSet.TYPE_FORWARD_ONLY, ResultSet.CONCUR_READ_ONLY)) {
                streaming.setFetchSize(Integer.MIN_VALUE);
                try (ResultSet rows = streaming.executeQuery()) {
                    for (int i = 0; i < 10; i++) {
                        assertThat(rows.next()).isTrue();
                        assertThat(rows.getInt(1)).isEqualTo(i);
                    }
                }
            }
            assertThat(longValue(connection, "SELECT COUNT(*) FROM streamed")).as("after a result set left unread")
                    .isEqualTo(2000);

            try (Statement sleeping = connection.createStatement()) {
                sleeping.setQueryTimeout(1);
                assertThatThrownBy(() -> sleeping.executeQuery("SELECT SLEEP(5) FROM streamed WHERE id = 1"))
                        .isInstanceOf(SQLTimeoutException.class);
            }
            assertThat(longValue(connection, "SELECT COUNT(*) FROM streamed WHERE id < 100"))
                    .as("the next read on the connection whose query was cancelled").isEqualTo(100);

            for (String sql : List.of("SELECT 1 FROM streamed WHERE id = 1", "SELECT 1 FROM streamed WHERE id = 1 "
                    + "FOR UPDATE")) {
                try (PreparedStatement statement = connection.prepareStatement(sql)) {
                    JdbcConnection physical = (JdbcConnection) statement.unwrap(ClientPreparedStatement.class)
                            .getConnection();
                    assertThat(physical.getPropertySet().getStringProperty(PropertyKey.socketFactory).getValue())
                            .as(sql).startsWith("io.repmysql.driver.internal.");
                    try (Statement status = physical.createStatement();
                         ResultSet cipher = status.executeQuery("SHOW SESSION STATUS LIKE 'Ssl_cipher'")) {
                        assertThat(cipher.next()).isTrue();
                        assertThat(cipher.getString(2)).as("TLS: MySQL has certificates and Connector/J prefers "
                                + "TLS; this MariaDB has none").matches(cluster.flavor() == Flavor.MYSQL ? ".+" : "");
                    }
                }
            }
        }
    }

    /** The blob's SHA-256 as read and as the server computes it, and which role answered. */
    private static List<String> blob(Connection connection) throws Exception {
        try (PreparedStatement select = connection.prepareStatement(
                "SELECT b, SHA2(b, 256), @@read_only FROM sockets WHERE id = 1");
             ResultSet row = select.executeQuery()) {
            assertThat(row.next()).isTrue();
            String read = HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(row.getBytes(1)));
            return List.of(read, row.getString(2), row.getBoolean(3) ? "replica" : "primary");
        }
    }

    @Test
    void heldConnection_afterHaproxyRestart_failsOnce_thenReadsAndWritesAgain_butNotWithServerPreparedStatements(
            RunningCluster cluster) throws Exception {
        try (Connection connection = repmysql(cluster);
             Connection serverPrepared = repmysql(cluster, "useServerPrepStmts=true")) {
            execute(connection, "CREATE TABLE held (id INT PRIMARY KEY, k INT)", "INSERT INTO held VALUES (1, 0)");
            await().atMost(Duration.ofSeconds(20)).ignoreExceptions().untilAsserted(() -> assertThat(select(connection)).isNull());
            assertThat(select(serverPrepared)).isNull();
            assertThat(update(connection)).isNull();

            cluster.provisioner().engines().defaultClient().restartContainerCmd(cluster.name() + "-haproxy")
                    .withTimeout(1).exec();
            new HaproxyHealth(cluster.context(), cluster.topology()).awaitAllUp(Duration.ofSeconds(60));

            assertThat(select(connection)).as("the read that finds the reader gone").startsWith("08");
            assertThat(update(connection)).as("the write that finds the writer gone").startsWith("08");
            for (int i = 0; i < 3; i++) {
                assertThat(select(connection)).isNull();
                assertThat(update(connection)).isNull();
            }
            List<String> serverPreparedReads = new ArrayList<>();
            for (int i = 0; i < 3; i++) {
                serverPreparedReads.add(select(serverPrepared));
            }
            assertThat(serverPreparedReads).as("useServerPrepStmts=true: Connector/J keeps the dead reader open")
                    .allSatisfy(state -> assertThat(state).startsWith("08"));
        }
    }

    @Test
    void serverPreparedStatements_cachedAcrossAddColumn_failInConnectorJ_soTheyAreNoDefault(RunningCluster cluster)
            throws Exception {
        try (Connection connection = repmysql(cluster, "useServerPrepStmts=true")) {
            execute(connection, "CREATE TABLE server_side (id INT PRIMARY KEY, a INT)",
                    "INSERT INTO server_side VALUES (1, 10)");
            String select = "SELECT * FROM server_side WHERE id = 1";
            await().atMost(Duration.ofSeconds(20)).ignoreExceptions().untilAsserted(() -> assertThat(row(connection, select)).hasSize(2));
            try (PreparedStatement unpreparable = connection.prepareStatement("PREPARE s1 FROM 'SELECT 1'")) {
                unpreparable.execute();
            }

            execute(connection, "ALTER TABLE server_side ADD COLUMN b INT NOT NULL DEFAULT 7");
            await().atMost(Duration.ofSeconds(20)).ignoreExceptions().until(() -> longValue(connection, "SELECT COUNT(*) FROM "
                    + "information_schema.columns WHERE table_name = 'server_side'") == 3);

            assertThatThrownBy(() -> row(connection, select)).isInstanceOf(SQLException.class);
        }
    }

    @Test
    void cachedResultSetMetadata_afterAddColumn_hidesTheNewColumn_soItIsNoDefault(RunningCluster cluster)
            throws Exception {
        try (Connection connection = repmysql(cluster, "cacheResultSetMetadata=true")) {
            execute(connection, "CREATE TABLE metadata (id INT PRIMARY KEY, a INT)", "INSERT INTO metadata VALUES (1, 10)");
            String select = "SELECT * FROM metadata WHERE id = 1";
            await().atMost(Duration.ofSeconds(20)).ignoreExceptions()
                    .untilAsserted(() -> assertThat(row(connection, select)).hasSize(2));

            execute(connection, "ALTER TABLE metadata ADD COLUMN b INT NOT NULL DEFAULT 7");
            await().atMost(Duration.ofSeconds(20)).until(() -> longValue(connection, "SELECT COUNT(*) FROM "
                    + "information_schema.columns WHERE table_name = 'metadata'") == 3);

            assertThat(row(connection, select)).as("the cached metadata of two columns").containsExactly("id=1", "a=10");
        }
    }

    @Test
    void localSessionState_afterSqlSetAutocommit_skipsSetAutoCommitFalse_soItIsNoDefault(RunningCluster cluster)
            throws Exception {
        for (String setting : List.of("useLocalSessionState=false", "useLocalSessionState=true")) {
            try (Connection connection = repmysql(cluster, setting)) {
                longValue(connection, "SELECT @@autocommit, LAST_INSERT_ID()");
                connection.setAutoCommit(false);
                execute(connection, "SET autocommit = 1");
                connection.setAutoCommit(false);

                long serverAutocommit = longValue(connection, "SELECT @@autocommit, LAST_INSERT_ID()");

                assertThat(serverAutocommit).as(setting).isEqualTo(setting.endsWith("false") ? 0 : 1);
                connection.setAutoCommit(true);
            }
        }
    }

    /** The SQLState of the failure, or null when a point read worked. */
    private static String select(Connection connection) {
        try (PreparedStatement select = connection.prepareStatement("SELECT k FROM held WHERE id = ?")) {
            select.setInt(1, 1);
            try (ResultSet row = select.executeQuery()) {
                return row.next() ? null : "no row";
            }
        } catch (SQLException e) {
            return e.getSQLState();
        }
    }

    private static String update(Connection connection) {
        try (PreparedStatement update = connection.prepareStatement("UPDATE held SET k = k + 1 WHERE id = ?")) {
            update.setInt(1, 1);
            return update.executeUpdate() == 1 ? null : "no row";
        } catch (SQLException e) {
            return e.getSQLState();
        }
    }

    private static List<String> row(Connection connection, String sql) throws SQLException {
        try (PreparedStatement statement = connection.prepareStatement(sql); ResultSet row = statement.executeQuery()) {
            ResultSetMetaData columns = row.getMetaData();
            List<String> values = new ArrayList<>();
            if (row.next()) {
                for (int i = 1; i <= columns.getColumnCount(); i++) {
                    values.add(columns.getColumnName(i) + "=" + row.getString(i));
                }
            }
            return values;
        }
    }

    private static Object queryInfo(Connection connection, String sql) throws SQLException {
        try (PreparedStatement statement = connection.prepareStatement(sql)) {
            return statement.unwrap(ClientPreparedStatement.class).getQueryInfo();
        }
    }
}
