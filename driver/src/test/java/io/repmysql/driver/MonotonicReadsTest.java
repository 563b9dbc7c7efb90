package io.repmysql.driver;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;
import java.util.Properties;
import java.util.concurrent.atomic.AtomicInteger;

import org.junit.jupiter.api.Test;

import io.repmysql.driver.routing.Reason;
import io.repmysql.driver.routing.Target;

/** Monotonic reads against stub servers: a replaced reader first reaches what the connection already read. */
class MonotonicReadsTest {

    private static final AtomicInteger HOSTS = new AtomicInteger();
    private static final String MARIADB_WAIT = "SELECT MASTER_GTID_WAIT(?, ?)";

    private final StubServers servers = new StubServers();
    private final String host = "monotonic" + HOSTS.incrementAndGet();

    /** One driver, so the test's connections share one cluster's causal position, as in an application. */
    private final RepMySqlDriver driver = new RepMySqlDriver(servers);

    MonotonicReadsTest() {
        servers.trackGtids = true;
    }

    private Connection connect(String query) throws SQLException {
        return driver.connect("jdbc:repmysql://" + host + "/app" + query, new Properties());
    }

    private List<String> readers() {
        return servers.opened().stream().filter(n -> n.startsWith("reader")).toList();
    }

    @Test
    void causal_readerLostUnderARead_theNewReaderWaitsBeforeTheRetriedRead() throws SQLException {
        try (Connection writing = connect("?consistency=causal");
             Connection reading = connect("?consistency=causal");
             Statement read = reading.createStatement()) {
            writing.createStatement().executeUpdate("INSERT INTO t VALUES (1)");
            read.executeQuery("SELECT 1");
            servers.readerExecuteFailures = 1;
            read.executeQuery("SELECT 2");
            assertThat(reading.unwrap(RepMySqlConnection.class).lastRoute().target()).isEqualTo(Target.READER);
        }
        List<String> readers = readers();
        String replacement = readers.get(readers.size() - 1);
        assertThat(replacement).isNotEqualTo(readers.get(readers.size() - 2));
        assertThat(servers.callsOn(replacement)).containsSubsequence("prepare " + MARIADB_WAIT,
                "statement.setString(1, 0-1-2)", MARIADB_WAIT, "SELECT 2");
    }

    @Test
    void readerFoundBrokenByTheWait_isReplaced_andTheNewOneWaits() throws SQLException {
        try (Connection writing = connect("?consistency=causal");
             Connection reading = connect("?consistency=causal");
             Statement read = reading.createStatement()) {
            read.executeQuery("SELECT 1");
            writing.createStatement().executeUpdate("INSERT INTO t VALUES (1)");
            servers.readerExecuteFailures = 1;
            read.executeQuery("SELECT 2");
            assertThat(reading.unwrap(RepMySqlConnection.class).lastRoute().target()).isEqualTo(Target.READER);
        }
        List<String> readers = readers();
        assertThat(servers.callsOn(readers.get(readers.size() - 2))).as("the first statement of the wait failed")
                .filteredOn(call -> call.startsWith("failed ")).hasSize(1);
        assertThat(servers.callsOn(readers.get(readers.size() - 1))).containsSubsequence(
                "statement.setString(1, 0-1-2)", MARIADB_WAIT, "SELECT 2");
    }

    @Test
    void readerFoundBrokenByTheWait_inATransaction_theErrorReachesTheApplication() throws SQLException {
        try (Connection writing = connect("?consistency=causal");
             Connection reading = connect("?consistency=causal")) {
            reading.setReadOnly(true);
            reading.setAutoCommit(false);
            writing.createStatement().executeUpdate("INSERT INTO t VALUES (1)");
            servers.readerExecuteFailures = 1;
            org.assertj.core.api.Assertions.assertThatThrownBy(
                    () -> reading.createStatement().executeQuery("SELECT 2"))
                    .isInstanceOf(SQLException.class).hasMessageContaining("stub failure");
        }
    }

    @Test
    void session_readerLostUnderARead_theNewReaderWaitsForTheWriteTheOldOnePassed() throws SQLException {
        try (Connection connection = connect("?consistency=session");
             Statement statement = connection.createStatement()) {
            statement.executeUpdate("INSERT INTO t VALUES (1)");
            statement.executeQuery("SELECT 1");
            servers.readerExecuteFailures = 1;
            statement.executeQuery("SELECT 2");
        }
        assertThat(servers.callsOn("reader2")).containsSubsequence("statement.setString(1, 0-1-2)", MARIADB_WAIT,
                "SELECT 2");
    }

    @Test
    void replacedReaderNotCaughtUpInTime_theRetriedReadGoesToTheWriter() throws SQLException {
        try (Connection writing = connect("?consistency=causal");
             Connection reading = connect("?consistency=causal");
             Statement read = reading.createStatement()) {
            writing.createStatement().executeUpdate("INSERT INTO t VALUES (1)");
            read.executeQuery("SELECT 1");
            servers.readerExecuteFailures = 1;
            servers.gtidWaitResult = -1;
            read.executeQuery("SELECT 2");
            assertThat(reading.unwrap(RepMySqlConnection.class).lastRoute().reason())
                    .isEqualTo(Reason.CONSISTENCY_TIMEOUT);
        }
        assertThat(servers.callsOn("writer2")).contains("SELECT 2");
    }

    @Test
    void readsOnTheWriterWhileTheReaderWasDown_theReaderBackFirstReachesTheSourcesPosition() throws SQLException {
        servers.readerDown = true;
        servers.sourcePosition = "0-1-42";
        try (Connection connection = connect("?consistency=causal&readerRetryBackoffMs=1");
             Statement statement = connection.createStatement()) {
            statement.executeQuery("SELECT 1");
            assertThat(connection.unwrap(RepMySqlConnection.class).lastRoute().reason())
                    .isEqualTo(Reason.READER_UNAVAILABLE);
            servers.readerDown = false;
            sleepPastBackoff();
            statement.executeQuery("SELECT 2");
            assertThat(connection.unwrap(RepMySqlConnection.class).lastRoute().target()).isEqualTo(Target.READER);
            statement.executeQuery("SELECT 3");
        }
        assertThat(servers.callsOn("writer1")).containsSubsequence("SELECT 1", "SELECT @@GLOBAL.gtid_binlog_pos");
        assertThat(servers.callsOn("reader1")).containsSubsequence("statement.setString(1, 0-1-42)", MARIADB_WAIT,
                "SELECT 2", "SELECT 3");
        assertThat(servers.callsOn("reader1").stream().filter(MARIADB_WAIT::equals)).hasSize(1);
    }

    @Test
    void consistencyNone_neverAsksTheSourceNorWaits() throws SQLException {
        servers.readerDown = true;
        try (Connection connection = connect("?readerRetryBackoffMs=1");
             Statement statement = connection.createStatement()) {
            statement.executeQuery("SELECT 1");
            servers.readerDown = false;
            sleepPastBackoff();
            statement.executeQuery("SELECT 2");
        }
        assertThat(servers.callsOn("writer1")).doesNotContain("SELECT @@GLOBAL.gtid_binlog_pos");
        assertThat(servers.callsOn("reader1")).doesNotContain(MARIADB_WAIT).contains("SELECT 2");
    }

    private static void sleepPastBackoff() {
        try {
            Thread.sleep(5);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
