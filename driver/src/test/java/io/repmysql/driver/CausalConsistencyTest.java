package io.repmysql.driver;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Properties;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import io.repmysql.driver.routing.Reason;
import io.repmysql.driver.routing.Target;

/** consistency=causal against stub servers: one write position shared by every connection to the cluster. */
class CausalConsistencyTest {

    private static final String MARIADB_WAIT = "SELECT MASTER_GTID_WAIT(?, ?)";

    private final StubServers servers = new StubServers();
    private final String host = "causal";
    private final RepMySqlDriver driver = new RepMySqlDriver(servers);

    CausalConsistencyTest() {
        servers.trackGtids = true;
    }

    private Connection connect(String query) throws SQLException {
        return driver.connect("jdbc:repmysql://" + host + "/app" + query, new Properties());
    }

    @Test
    void aReadOnAnotherConnection_waitsForTheWrite_once() throws SQLException {
        try (Connection writing = connect("?consistency=causal&consistencyTimeoutMs=1500");
             Connection reading = connect("?consistency=causal&consistencyTimeoutMs=1500");
             Statement write = writing.createStatement();
             Statement read = reading.createStatement()) {
            read.executeQuery("SELECT 0");
            write.executeUpdate("INSERT INTO t VALUES (1)");
            read.executeQuery("SELECT 1");
            read.executeQuery("SELECT 2");
            assertThat(reading.unwrap(RepMySqlConnection.class).lastRoute().target()).isEqualTo(Target.READER);
        }
        String reader = servers.opened().stream().filter(n -> n.startsWith("reader")).toList().get(1);
        assertThat(servers.callsOn(reader)).containsSubsequence("SELECT 0", "prepare " + MARIADB_WAIT,
                "statement.setString(1, 0-1-2)", "statement.setDouble(2, 1.5)", MARIADB_WAIT, "SELECT 1", "SELECT 2");
        assertThat(servers.callsOn(reader).stream().filter(MARIADB_WAIT::equals)).hasSize(1);
    }

    /**
     * A write, then a read on each of two other connections: how many waits the readers send, by what the replicas
     * answer when asked which they are ("replica-1" for both, "name": each its own, null: no answer).
     */
    @ParameterizedTest(name = "replicas answering {0}: {1} wait(s)")
    @CsvSource(nullValues = "none", value = {"replica-1, 1", "name, 2", "none, 2"})
    void twoReadsAfterAWrite_waitOncePerReplicaTheyAreKnownToBeOn(String identity, long waits) throws SQLException {
        servers.replicaIdentity = identity;
        try (Connection writing = connect("?consistency=causal");
             Connection first = connect("?consistency=causal");
             Connection second = connect("?consistency=causal")) {
            writing.createStatement().executeUpdate("INSERT INTO t VALUES (1)");
            first.createStatement().executeQuery("SELECT 1");
            second.createStatement().executeQuery("SELECT 2");
            assertThat(second.unwrap(RepMySqlConnection.class).lastRoute().target()).isEqualTo(Target.READER);
            assertThat(second.unwrap(RepMySqlConnection.class).readWait().isZero()).as("the second read did not wait")
                    .isEqualTo(waits == 1);
        }
        assertThat(waitsOnReaders()).as("wait statements on all readers").isEqualTo(waits);
        assertThat(driver.clusterMetrics(url()).getConsistencyWaits()).isEqualTo(waits);
    }

    @Test
    void aReplicaThatRestarted_isWaitedOnAgain() throws SQLException {
        servers.replicaIdentity = "replica-1";
        try (Connection writing = connect("?consistency=causal");
             Connection before = connect("?consistency=causal")) {
            writing.createStatement().executeUpdate("INSERT INTO t VALUES (1)");
            before.createStatement().executeQuery("SELECT 1");
            servers.replicaStarted += 60;
            try (Connection after = connect("?consistency=causal")) {
                after.createStatement().executeQuery("SELECT 2");
            }
        }
        assertThat(waitsOnReaders()).as("a restarted replica may have lost what it had applied").isEqualTo(2);
    }

    private long waitsOnReaders() {
        return servers.opened().stream().filter(n -> n.startsWith("reader"))
                .mapToLong(n -> servers.callsOn(n).stream().filter(MARIADB_WAIT::equals).count()).sum();
    }

    private RepMySqlUrl url() throws SQLException {
        return RepMySqlUrl.parse("jdbc:repmysql://" + host + "/app", null);
    }

    @Test
    void noWriteSinceVerified_noWait() throws SQLException {
        try (Connection reading = connect("?consistency=causal")) {
            reading.createStatement().executeQuery("SELECT 1");
        }
        assertThat(servers.callsOn("reader1")).doesNotContain(MARIADB_WAIT);
    }

    @Test
    void replicaNotCaughtUp_readGoesToTheWriter() throws SQLException {
        servers.gtidWaitResult = -1;
        try (Connection writing = connect("?consistency=causal");
             Connection reading = connect("?consistency=causal")) {
            writing.createStatement().executeUpdate("INSERT INTO t VALUES (1)");
            reading.createStatement().executeQuery("SELECT 1");
            assertThat(reading.unwrap(RepMySqlConnection.class).lastRoute().reason())
                    .isEqualTo(Reason.CONSISTENCY_TIMEOUT);
        }
    }

    @Test
    void tokens_fromAConnectionTheDataSourceAndTheDriver_areTheClustersPosition() throws SQLException {
        String url = "jdbc:repmysql://" + host + "/app?consistency=causal&clusterName=causal-tokens-test";
        RepMySqlDriver jvmWide = new RepMySqlDriver(servers, RepMySqlDriver.jvmClusters());
        try (Connection writing = jvmWide.connect(url, null)) {
            writing.createStatement().executeUpdate("INSERT INTO t VALUES (1)");
            String token = writing.unwrap(RepMySqlConnection.class).causalToken();
            RepMySqlDataSource dataSource = new RepMySqlDataSource();
            dataSource.setUrl(url);
            assertThat(dataSource.causalToken()).isEqualTo(token);
            assertThat(RepMySqlDriver.causalToken(url)).isEqualTo(token);
            assertThat(connect("?consistency=causal&clusterName=causal-tokens-test")
                    .unwrap(RepMySqlConnection.class).causalToken()).as("another driver's").isNotEqualTo(token);
            writing.unwrap(RepMySqlConnection.class).observeCausalToken(token);
            assertThatThrownBy(() -> RepMySqlDriver.observeCausalToken(url, "nonsense"))
                    .isInstanceOf(SQLException.class).hasMessageContaining("causal-tokens-test");
            assertThatThrownBy(() -> RepMySqlDriver.observeCausalToken(url + "x", token))
                    .isInstanceOf(SQLException.class).hasMessageContaining("not of this one");
        }
    }

    @Test
    void anObservedToken_makesReadsWaitForItsPosition() throws SQLException {
        String url = "jdbc:repmysql://" + host + "/app?consistency=causal&clusterName=causal-observed-test";
        String token = io.repmysql.driver.internal.cluster.CausalToken.encode("causal-observed-test",
                io.repmysql.driver.internal.cluster.GtidPosition.parse("0-7-99"));
        RepMySqlDriver.observeCausalToken(url, token);
        try (Connection reading = new RepMySqlDriver(servers, RepMySqlDriver.jvmClusters()).connect(url, null)) {
            reading.createStatement().executeQuery("SELECT 1");
        }
        assertThat(servers.callsOn("reader1")).contains("statement.setString(1, 0-7-99)");
    }

    @Test
    void connectionsOfOneDriver_shareThePosition_thoseOfAnotherDoNot() throws SQLException {
        try (Connection writing = connect("?consistency=causal");
             Connection sameDriver = connect("?consistency=causal");
             Connection otherDriver = new RepMySqlDriver(servers).connect(
                     "jdbc:repmysql://" + host + "/app?consistency=causal", null)) {
            writing.createStatement().executeUpdate("INSERT INTO t VALUES (1)");
            String token = writing.unwrap(RepMySqlConnection.class).causalToken();

            assertThat(sameDriver.unwrap(RepMySqlConnection.class).causalToken()).isEqualTo(token);
            assertThat(otherDriver.unwrap(RepMySqlConnection.class).causalToken()).isNotEqualTo(token);
        }
    }

    @Test
    void everyWaitOnOneReader_reusesTheStatementPreparedForTheFirst_untilTheConnectionCloses() throws SQLException {
        try (Connection connection = connect("?consistency=causal");
             Statement statement = connection.createStatement()) {
            for (int i = 0; i < 3; i++) {
                statement.executeUpdate("INSERT INTO t VALUES (" + i + ")");
                statement.executeQuery("SELECT " + i);
            }
        }
        assertThat(servers.callsOn("reader1")).filteredOn(MARIADB_WAIT::equals).hasSize(3);
        assertThat(servers.callsOn("reader1")).filteredOn(("prepare " + MARIADB_WAIT)::equals).hasSize(1);
        assertThat(servers.callsOn("reader1")).endsWith("close statement");
    }

    @Test
    void aReaderThatBreaksDuringTheWait_isReplaced_andTheNewOneWaitsWithItsOwnStatement() throws SQLException {
        servers.replicaIdentity = "replica-1";
        try (Connection connection = connect("?consistency=causal");
             Statement statement = connection.createStatement()) {
            statement.executeUpdate("INSERT INTO t VALUES (1)");
            statement.executeQuery("SELECT 1");
            statement.executeUpdate("INSERT INTO t VALUES (2)");
            servers.readerExecuteFailures = 1;
            statement.executeQuery("SELECT 2");
            assertThat(connection.unwrap(RepMySqlConnection.class).lastRoute().target()).isEqualTo(Target.READER);
        }
        assertThat(servers.callsOn("reader1")).containsSubsequence("prepare " + MARIADB_WAIT, MARIADB_WAIT, "SELECT 1",
                "failed " + MARIADB_WAIT, "close statement");
        assertThat(servers.callsOn("reader2")).as("the same replica, not yet known to have the second write")
                .containsSubsequence("prepare " + MARIADB_WAIT, MARIADB_WAIT, "SELECT 2");
    }

    @Test
    void readsAfterTheWait_needNoOther_untilTheNextWrite() throws SQLException {
        try (Connection connection = connect("?consistency=causal");
             Statement statement = connection.createStatement()) {
            statement.executeUpdate("INSERT INTO t VALUES (1)");
            statement.executeUpdate("INSERT INTO t VALUES (2)");
            statement.executeQuery("SELECT 1");
            statement.executeQuery("SELECT 2");
            statement.executeUpdate("INSERT INTO t VALUES (3)");
            statement.executeQuery("SELECT 3");
        }
        assertThat(servers.callsOn("reader1")).containsSubsequence("statement.setString(1, 0-1-3)", MARIADB_WAIT,
                "SELECT 1", "SELECT 2", "statement.setString(1, 0-1-4)", MARIADB_WAIT, "SELECT 3");
        assertThat(servers.callsOn("reader1")).filteredOn(MARIADB_WAIT::equals).hasSize(2);
    }
}
