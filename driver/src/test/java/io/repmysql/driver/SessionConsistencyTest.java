package io.repmysql.driver;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Properties;

import org.junit.jupiter.api.Test;

import io.repmysql.driver.routing.Reason;
import io.repmysql.driver.routing.RouteDecision;
import io.repmysql.driver.routing.Target;

/** consistency=session against stub servers that report GTIDs the way Connector/J's session tracking does. */
class SessionConsistencyTest {

    private static final String MARIADB_WAIT = "SELECT MASTER_GTID_WAIT(?, ?)";

    private final StubServers servers = new StubServers();
    private final String host = "consistency";
    private final RepMySqlDriver driver = new RepMySqlDriver(servers);

    SessionConsistencyTest() {
        servers.trackGtids = true;
    }

    private Connection connect(String query) throws SQLException {
        return driver.connect("jdbc:repmysql://" + host + "/app" + query, new Properties());
    }

    @Test
    void consistencySession_readAfterAWrite_waitsOnTheReaderForThatWritesGtid() throws SQLException {
        try (Connection connection = connect("?consistency=session&consistencyTimeoutMs=1500");
             Statement statement = connection.createStatement()) {
            statement.executeQuery("SELECT 0");
            statement.executeUpdate("INSERT INTO t VALUES (1)");
            statement.executeQuery("SELECT * FROM t");
        }
        assertThat(servers.callsOn("reader1")).containsSubsequence("SELECT 0", "prepare " + MARIADB_WAIT,
                "statement.setString(1, 0-1-2)", "statement.setDouble(2, 1.5)", MARIADB_WAIT, "SELECT * FROM t");
    }

    @Test
    void consistencySession_opensTheWriterWithSessionTracking() throws SQLException {
        try (Connection connection = connect("?consistency=session")) {
            connection.createStatement().executeUpdate("INSERT INTO t VALUES (1)");
        }
        assertThat(servers.openedWith.get(servers.opened().indexOf("writer1")))
                .containsEntry("trackSessionState", "true");
        assertThat(servers.callsOn("writer1").get(1)).startsWith("SET SESSION session_track_system_variables");
    }

    @Test
    void consistencySession_onMySql_usesItsGtidSyntax() throws SQLException {
        servers.serverVersion = "8.4.3";
        try (Connection connection = connect("?consistency=session");
             Statement statement = connection.createStatement()) {
            statement.executeUpdate("INSERT INTO t VALUES (1)");
            statement.executeQuery("SELECT * FROM t");
        }
        assertThat(servers.callsOn("writer1")).contains("SET SESSION session_track_gtids = OWN_GTID");
        assertThat(servers.callsOn("reader1")).contains("SELECT WAIT_FOR_EXECUTED_GTID_SET(?, ?)");
    }

    @Test
    void secondReadAfterTheSameWrite_doesNotWaitAgain() throws SQLException {
        try (Connection connection = connect("?consistency=session");
             Statement statement = connection.createStatement()) {
            statement.executeUpdate("INSERT INTO t VALUES (1)");
            statement.executeQuery("SELECT 1");
            statement.executeQuery("SELECT 2");
        }
        assertThat(servers.callsOn("reader1")).filteredOn(MARIADB_WAIT::equals).hasSize(1);
    }

    @Test
    void replicaNotCaughtUpInTime_readGoesToTheWriter() throws SQLException {
        servers.gtidWaitResult = -1;
        try (Connection connection = connect("?consistency=session");
             Statement statement = connection.createStatement()) {
            statement.executeUpdate("INSERT INTO t VALUES (1)");
            statement.executeQuery("SELECT * FROM t");

            assertThat(connection.unwrap(RepMySqlConnection.class).lastRoute())
                    .isEqualTo(new RouteDecision(Target.WRITER, Reason.CONSISTENCY_TIMEOUT));
        }
        assertThat(servers.callsOn("writer1")).endsWith("SELECT * FROM t", "close statement", "close");
        assertThat(driver.clusterMetrics(RepMySqlUrl.parse("jdbc:repmysql://" + host + "/app", null)).getConsistencyWaits())
                .isEqualTo(1);
    }

    @Test
    void commitOfATransaction_isWhatTheNextReadWaitsFor() throws SQLException {
        try (Connection connection = connect("?consistency=session");
             Statement statement = connection.createStatement()) {
            connection.setAutoCommit(false);
            statement.executeUpdate("INSERT INTO t VALUES (1)");
            connection.commit();
            connection.setAutoCommit(true);
            statement.executeQuery("SELECT * FROM t");
        }
        assertThat(servers.callsOn("reader1")).containsSubsequence(MARIADB_WAIT, "SELECT * FROM t");
    }

    @Test
    void preparedReadBoundEarlier_waitsForWritesMadeSince() throws SQLException {
        try (Connection connection = connect("?consistency=session")) {
            PreparedStatement read = connection.prepareStatement("SELECT * FROM t");
            connection.createStatement().executeUpdate("INSERT INTO t VALUES (1)");
            read.executeQuery();
        }
        assertThat(servers.callsOn("reader1")).containsSubsequence(MARIADB_WAIT, "SELECT * FROM t");
    }

    @Test
    void consistencyNone_neverWaits() throws SQLException {
        try (Connection connection = connect(""); Statement statement = connection.createStatement()) {
            statement.executeUpdate("INSERT INTO t VALUES (1)");
            statement.executeQuery("SELECT * FROM t");
        }
        assertThat(servers.log).noneMatch(line -> line.contains("GTID"));
        assertThat(servers.openedWith.get(0)).doesNotContainKey("trackSessionState");
    }
}
