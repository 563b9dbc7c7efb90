package io.repmysql.driver;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.Properties;
import java.util.concurrent.atomic.AtomicInteger;

import org.junit.jupiter.api.Test;

/** What {@link ClusterHealth} and {@link RepMySqlConnection#readWait()} tell, against stub servers. */
class ClusterHealthTest {

    private static final AtomicInteger HOSTS = new AtomicInteger();

    private final StubServers servers = new StubServers();
    private final String host = "health" + HOSTS.incrementAndGet();

    private String url(String query) {
        return "jdbc:repmysql://" + host + "/app" + query;
    }

    /** The test's connections and snapshots share this driver's clusters, as an application's share the JVM's. */
    private final RepMySqlDriver driver = new RepMySqlDriver(servers);

    private Connection connect(String query) throws SQLException {
        return driver.connect(url(query), new Properties());
    }

    private ClusterHealth health() throws SQLException {
        return driver.clusterHealth(RepMySqlUrl.parse(url(""), null));
    }

    @Test
    void clusterNeverUsed_isNotOnFallback_hasNoWaits_andTakingTheSnapshotOpensNothing() throws SQLException {
        ClusterHealth health = RepMySqlDriver.health(url(""));

        assertThat(health.cluster()).isEqualTo(host + ":3306/app");
        assertThat(health.writerAddress()).isEqualTo(host + ":3306");
        assertThat(health.readerAddress()).isEqualTo(host + ":3307");
        assertThat(health.readsOnFallback()).isFalse();
        assertThat(health.recentWaits().waits()).isZero();
        assertThat(health.recentReplicaDelay()).isEqualTo(Duration.ZERO);
        assertThat(servers.opened()).isEmpty();
    }

    @Test
    void readerDown_readsAreOnFallback_untilItOpensAgain() throws SQLException {
        servers.readerDown = true;
        try (Connection connection = connect("?readerRetryBackoffMs=0")) {
            connection.createStatement().executeQuery("SELECT 1");
            ClusterHealth down = health();
            assertThat(down.readsOnFallback()).isTrue();
            assertThat(down.readerUnavailable()).isEqualTo(1);

            servers.readerDown = false;
            connection.createStatement().executeQuery("SELECT 2");
        }
        assertThat(health().readsOnFallback()).isFalse();
    }

    @Test
    void readAfterAWrite_itsWaitIsInTheConnectionsReadWait_andInTheClustersRecentWaits() throws SQLException {
        servers.trackGtids = true;
        try (Connection connection = connect("?consistency=session");
             Statement statement = connection.createStatement()) {
            RepMySqlConnection routing = connection.unwrap(RepMySqlConnection.class);
            statement.executeUpdate("INSERT INTO t VALUES (1)");
            statement.executeQuery("SELECT * FROM t");
            Duration waited = routing.readWait();
            assertThat(waited).isPositive();

            statement.executeQuery("SELECT * FROM t");
            assertThat(routing.readWait()).as("the next read had nothing to wait for").isZero();

            ClusterHealth health = health();
            assertThat(health.consistencyWaits()).isEqualTo(1);
            assertThat(health.recentWaits().waits()).isEqualTo(1);
            assertThat(health.recentWaits().last()).isEqualTo(waited);
            assertThat(health.recentReplicaDelay()).isEqualTo(waited);
        }
    }

    @Test
    void readsInOneTransaction_addUpTheirWaits_untilItEnds() throws SQLException {
        servers.trackGtids = true;
        try (Connection connection = connect("?consistency=session");
             Statement statement = connection.createStatement()) {
            RepMySqlConnection routing = connection.unwrap(RepMySqlConnection.class);
            statement.executeUpdate("INSERT INTO t VALUES (1)");
            connection.setReadOnly(true);
            connection.setAutoCommit(false);
            statement.executeQuery("SELECT * FROM t");
            Duration waited = routing.readWait();
            statement.executeQuery("SELECT 2");

            assertThat(routing.readWait()).as("the transaction's wait, kept for its later statements")
                    .isEqualTo(waited).isPositive();
            connection.commit();
            assertThat(routing.readWait()).isZero();
        }
    }

    @Test
    void recentWaits_keepTheLastSixteen() {
        RecentWaits waits = new RecentWaits();
        for (int i = 1; i <= 20; i++) {
            waits.add(i == 2 ? 1_000_000_000L : i);
        }

        RecentWaits.Summary summary = waits.summary();
        assertThat(summary.waits()).isEqualTo(RecentWaits.SIZE);
        assertThat(summary.last()).isEqualTo(Duration.ofNanos(20));
        assertThat(summary.longest()).as("the 1 s wait was the second of twenty: no longer recent")
                .isEqualTo(Duration.ofNanos(20));
    }
}
