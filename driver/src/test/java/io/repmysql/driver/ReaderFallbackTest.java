package io.repmysql.driver;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.Properties;

import org.junit.jupiter.api.Test;

import io.repmysql.driver.internal.cluster.ClusterRegistry;
import io.repmysql.driver.internal.cluster.ManualTicker;
import io.repmysql.driver.routing.Reason;
import io.repmysql.driver.routing.RouteDecision;
import io.repmysql.driver.routing.Target;

/** Reads keep working when the reader is down, and a read that loses its reader is retried once. */
class ReaderFallbackTest {


    private final StubServers servers = new StubServers();
    private final String host = "fallback";
    private final ManualTicker clock = new ManualTicker();
    private final RepMySqlDriver driver = new RepMySqlDriver(servers, ClusterRegistry.unexported(clock));

    private Connection connect(String query) throws SQLException {
        return driver.connect("jdbc:repmysql://" + host + "/app" + query, new Properties());
    }

    @Test
    void readerDown_readsGoToTheWriter() throws SQLException {
        servers.readerDown = true;
        try (Connection connection = connect(""); Statement statement = connection.createStatement()) {
            statement.executeQuery("SELECT 1");

            RepMySqlConnection routing = connection.unwrap(RepMySqlConnection.class);
            assertThat(routing.lastRoute()).isEqualTo(new RouteDecision(Target.WRITER, Reason.READER_UNAVAILABLE));
            assertThat(routing.lastReadTarget()).isEqualTo(Target.WRITER);
        }
        assertThat(servers.log).containsSubsequence("reader refused", "writer1: SELECT 1");
        assertThat(driver.clusterMetrics(RepMySqlUrl.parse("jdbc:repmysql://" + host + "/app", null))
                .count(Target.WRITER, Reason.READER_UNAVAILABLE)).isEqualTo(1);
    }

    @Test
    void readerDown_isNotTriedAgainDuringTheBackoff_evenByAnotherConnection() throws SQLException {
        servers.readerDown = true;
        try (Connection first = connect(""); Connection second = connect("")) {
            first.createStatement().executeQuery("SELECT 1");
            clock.advance(Duration.ofMillis(4_999));
            first.createStatement().executeQuery("SELECT 2");
            second.createStatement().executeQuery("SELECT 3");
        }
        assertThat(servers.log).filteredOn("reader refused"::equals).hasSize(1);
        assertThat(servers.callsOn("writer1")).contains("SELECT 1", "SELECT 2");
        assertThat(servers.callsOn("writer2")).contains("SELECT 3");
    }

    @Test
    void readerBack_afterTheBackoff_readsReturnToIt() throws SQLException {
        servers.readerDown = true;
        try (Connection connection = connect("?readerRetryBackoffMs=2000")) {
            connection.createStatement().executeQuery("SELECT 1");
            servers.readerDown = false;
            clock.advance(Duration.ofMillis(1_999));
            connection.createStatement().executeQuery("SELECT 2");
            clock.advance(Duration.ofMillis(1));
            connection.createStatement().executeQuery("SELECT 3");
        }
        assertThat(servers.log).containsSubsequence("writer1: SELECT 1", "writer1: SELECT 2", "reader1: SELECT 3");
    }

    @Test
    void anotherDriversBackoff_isNotShared() throws SQLException {
        servers.readerDown = true;
        try (Connection connection = connect("")) {
            connection.createStatement().executeQuery("SELECT 1");
        }
        servers.readerDown = false;
        try (Connection other = new RepMySqlDriver(servers).connect("jdbc:repmysql://" + host + "/app", null)) {
            other.createStatement().executeQuery("SELECT 2");
        }
        assertThat(servers.log).containsSubsequence("writer1: SELECT 1", "reader1: SELECT 2");
    }

    @Test
    void readFailingOnTheReader_isRetriedOnceOnAFreshReader() throws SQLException {
        servers.readerExecuteFailures = 1;
        try (Connection connection = connect(""); Statement statement = connection.createStatement()) {
            statement.executeQuery("SELECT 1");
        }
        assertThat(servers.log).containsSubsequence("reader1: failed SELECT 1", "reader1: close", "reader2: open",
                "reader2: SELECT 1");
        assertThat(servers.opened()).doesNotContain("writer1");
    }

    @Test
    void readFailingOnTheReader_goesToTheWriterWhenNoFreshReaderOpens() throws SQLException {
        servers.readerExecuteFailures = 1;
        try (Connection connection = connect(""); Statement statement = connection.createStatement()) {
            statement.executeQuery("SELECT 1");
            servers.readerDown = true;
            servers.readerExecuteFailures = 1;
            statement.executeQuery("SELECT 2");
        }
        assertThat(servers.log).containsSubsequence("reader2: failed SELECT 2", "reader refused", "writer1: SELECT 2");
    }

    @Test
    void readFailingTwice_isRetriedOnlyOnce() throws SQLException {
        servers.readerExecuteFailures = 2;
        try (Connection connection = connect(""); Statement statement = connection.createStatement()) {
            assertThatThrownBy(() -> statement.executeQuery("SELECT 1"))
                    .hasFieldOrPropertyWithValue("SQLState", "08S01")
                    .satisfies(e -> assertThat(e.getSuppressed()).hasSize(1));
        }
        assertThat(servers.log).filteredOn(l -> l.contains("failed SELECT 1")).hasSize(2);
    }

    @Test
    void readFailingWithAStatementError_isNotRetried() throws SQLException {
        servers.readerExecuteFailures = 1;
        servers.executeFailureState = "42S02";
        try (Connection connection = connect(""); Statement statement = connection.createStatement()) {
            assertThatThrownBy(() -> statement.executeQuery("SELECT * FROM missing"))
                    .hasFieldOrPropertyWithValue("SQLState", "42S02");
        }
        assertThat(servers.opened()).containsExactly("reader1");
    }

    @Test
    void readInsideAReadOnlyTransaction_isNotRetried() throws SQLException {
        try (Connection connection = connect(""); Statement statement = connection.createStatement()) {
            connection.setReadOnly(true);
            connection.setAutoCommit(false);
            servers.readerExecuteFailures = 1;
            assertThatThrownBy(() -> statement.executeQuery("SELECT 1"))
                    .hasFieldOrPropertyWithValue("SQLState", "08S01");
        }
        assertThat(servers.opened()).containsExactly("reader1");
    }

    @Test
    void readOnlyConnection_sendsReadsToTheReader_andPassesTheFlagOn() throws SQLException {
        try (Connection connection = connect("")) {
            connection.setReadOnly(true);
            connection.createStatement().executeQuery("SELECT 1");

            assertThat(connection.isReadOnly()).isTrue();
        }
        assertThat(servers.callsOn("reader1")).containsSubsequence("setReadOnly(true)", "SELECT 1");
    }

    @Test
    void readOnlyConnection_readerDown_writeFailsAndIsNeverSentToTheWriter() throws SQLException {
        servers.readerDown = true;
        try (Connection connection = connect(""); Statement statement = connection.createStatement()) {
            connection.setReadOnly(true);
            assertThatThrownBy(() -> statement.executeUpdate("INSERT INTO t VALUES (1)"))
                    .hasFieldOrPropertyWithValue("SQLState", "08001")
                    .hasMessage(host + ":3306/app: the read port " + host + ":3307 is unavailable and this connection"
                            + " is read-only: the write was not sent (a read-only connection never sends writes to "
                            + "the primary); retry when a replica is back, or use a read-write connection")
                    .hasCauseInstanceOf(SQLException.class);
            assertThatThrownBy(() -> connection.prepareStatement("DELETE FROM t"))
                    .hasFieldOrPropertyWithValue("SQLState", "08001");
            statement.executeQuery("SELECT 1");
        }
        assertThat(servers.log).noneMatch(l -> l.contains("INSERT") || l.contains("DELETE"));
        assertThat(servers.callsOn("writer1")).contains("SELECT 1");
    }

    @Test
    void readOnlyTransaction_fellBackToTheWriter_readsRun_writesDoNot() throws SQLException {
        servers.readerDown = true;
        try (Connection connection = connect(""); Statement statement = connection.createStatement()) {
            connection.setReadOnly(true);
            connection.setAutoCommit(false);
            statement.executeQuery("SELECT 1");
            assertThatThrownBy(() -> statement.executeUpdate("UPDATE t SET a = 1"))
                    .hasFieldOrPropertyWithValue("SQLState", "08001");
            connection.commit();
        }
        assertThat(servers.callsOn("writer1")).contains("SELECT 1", "commit()").noneMatch(l -> l.contains("UPDATE"));
    }

    @Test
    void readOnlyConnection_writeThatLosesTheReader_isNotRetried() throws SQLException {
        try (Connection connection = connect(""); Statement statement = connection.createStatement()) {
            connection.setReadOnly(true);
            servers.readerExecuteFailures = 1;
            assertThatThrownBy(() -> statement.executeUpdate("INSERT INTO t VALUES (1)"))
                    .hasFieldOrPropertyWithValue("SQLState", "08S01");
        }
        assertThat(servers.opened()).containsExactly("reader1");
        assertThat(servers.log).filteredOn(l -> l.contains("INSERT")).hasSize(1);
    }
}
