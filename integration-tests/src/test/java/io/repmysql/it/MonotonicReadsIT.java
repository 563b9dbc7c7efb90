package io.repmysql.it;

import com.github.dockerjava.api.DockerClient;
import io.repmysql.driver.RepMySqlConnection;
import io.repmysql.driver.routing.Reason;
import io.repmysql.driver.routing.RouteDecision;
import io.repmysql.driver.routing.Target;
import io.repmysql.provisioner.cluster.ClusterNode;
import io.repmysql.provisioner.cluster.HaproxyHealth;
import io.repmysql.provisioner.junit.ReplicatedCluster;
import io.repmysql.provisioner.junit.RunningCluster;
import org.junit.jupiter.api.Test;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import static io.repmysql.it.Sql.execute;
import static io.repmysql.it.Sql.longValue;
import static io.repmysql.it.Sql.onNode;
import static io.repmysql.it.Sql.repmysql;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * Monotonic reads: a connection never reads older data than it already read, even when its reader is replaced.
 * <ul>
 *   <li>The replicas are stopped (reads go to the primary and see the newest value), then started while they are a
 *   minute behind: the connection's new reader first waits for what the primary had served, and, not catching up
 *   within consistencyTimeoutMs, the read stays on the primary. The values come from a plain client the driver
 *   never sees, so only the read floor (not the causal write position) can keep them. consistency=none, the
 *   control, goes back.</li>
 *   <li>One replica current, the other 3 s behind; the reader's server session is killed again and again, so the
 *   next read finds it broken (in the wait, or in the read itself) and opens a new one, on either replica: every
 *   read returns the latest value.</li>
 * </ul>
 */
@ReplicatedCluster(replicas = 2)
class MonotonicReadsIT {

    private static final int DELAY_SECONDS = 60;
    private static final String[] FAST_RECOVERY = {"readerRetryBackoffMs=500", "readerConnectTimeoutMs=2000"};

    @Test
    void readerSessionKilled_theNewReaderOnEitherReplicaNeverReadsOlderData(RunningCluster cluster) throws Exception {
        List<ClusterNode> replicas = cluster.topology().replicas();
        ClusterNode behind = replicas.get(1);
        try (Connection writer = repmysql(cluster, "consistency=causal", "clusterName=monotonic-kill");
             Connection reader = repmysql(cluster, "consistency=causal", "consistencyTimeoutMs=8000",
                     "clusterName=monotonic-kill")) {
            execute(writer, "CREATE TABLE killed (id INT PRIMARY KEY, v INT)", "INSERT INTO killed VALUES (1, 0)");
            onNode(cluster, behind, cluster.replicationDelay(3).toArray(String[]::new));
            List<Long> read = new ArrayList<>();
            Set<Long> servers = new HashSet<>();
            int killed = 0;
            for (int value = 1; value <= 4; value++) {
                killed += killAppSessions(cluster, replicas);
                execute(writer, "UPDATE killed SET v = " + value + " WHERE id = 1");
                read.add(longValue(reader, "SELECT v FROM killed WHERE id = 1"));
                servers.add(longValue(reader, "SELECT @@server_id"));
                killed += killAppSessions(cluster, replicas);
                read.add(longValue(reader, "SELECT v FROM killed WHERE id = 1"));
                servers.add(longValue(reader, "SELECT @@server_id"));
                assertThat(read.subList(read.size() - 2, read.size())).as("reads after writing %d", value)
                        .containsOnly((long) value);
            }
            System.out.printf("[monotonic] reader sessions killed %d times, one replica 3 s behind: read %s on "
                    + "server_id %s%n", killed, read, servers);
            assertThat(killed).isGreaterThanOrEqualTo(8);
        } finally {
            onNode(cluster, behind, cluster.replicationDelay(0).toArray(String[]::new));
        }
    }

    /** Kills the application's sessions on the replicas (the readers); answers how many. */
    private static int killAppSessions(RunningCluster cluster, List<ClusterNode> replicas) throws Exception {
        int killed = 0;
        for (ClusterNode replica : replicas) {
            try (Connection root = cluster.root(replica); Statement statement = root.createStatement()) {
                List<Long> ids = new ArrayList<>();
                try (ResultSet rows = statement.executeQuery("SELECT id FROM information_schema.processlist "
                        + "WHERE user = '" + cluster.appUser() + "'")) {
                    while (rows.next()) {
                        ids.add(rows.getLong(1));
                    }
                }
                for (long id : ids) {
                    try {
                        statement.execute("KILL " + id);
                        killed++;
                    } catch (SQLException gone) {
                        // It ended meanwhile.
                    }
                }
            }
        }
        return killed;
    }

    @Test
    void readerReplacedByOneFurtherBehind_causalNeverGoesBack_noneDoes(RunningCluster cluster) throws Exception {
        List<ClusterNode> replicas = cluster.topology().replicas();
        try (Connection plain = DriverManager.getConnection(cluster.mysqlUrl(cluster.writePort()), cluster.appUser(),
                cluster.appPassword())) {
            execute(plain, "CREATE TABLE counter (id INT PRIMARY KEY, v INT)", "INSERT INTO counter VALUES (1, 1)");
            for (ClusterNode replica : replicas) {
                await().atMost(Duration.ofSeconds(30)).ignoreExceptions().until(() -> onReplica(cluster, replica) == 1);
                onNode(cluster, replica, cluster.replicationDelay(DELAY_SECONDS).toArray(String[]::new));
            }

            try (Connection causal = repmysql(cluster, with("consistency=causal", "consistencyTimeoutMs=3000",
                    "clusterName=monotonic-it"));
                 Connection none = repmysql(cluster, FAST_RECOVERY)) {
                assertThat(value(causal)).isEqualTo(1);
                assertThat(route(causal).target()).isEqualTo(Target.READER);
                assertThat(value(none)).isEqualTo(1);

                for (ClusterNode replica : replicas) {
                    docker(cluster).stopContainerCmd(replica.containerName(cluster.name())).withTimeout(5).exec();
                }
                execute(plain, "UPDATE counter SET v = 2 WHERE id = 1");
                assertThat(value(causal)).as("read on the primary while the replica is down").isEqualTo(2);
                assertThat(route(causal).reason()).isEqualTo(Reason.READER_UNAVAILABLE);
                assertThat(value(none)).isEqualTo(2);

                for (ClusterNode replica : replicas) {
                    docker(cluster).startContainerCmd(replica.containerName(cluster.name())).exec();
                }
                new HaproxyHealth(cluster.context(), cluster.topology()).awaitAllUp(Duration.ofSeconds(90));
                List<Long> causalValues = new ArrayList<>();
                List<Long> noneValues = new ArrayList<>();
                await().atMost(Duration.ofSeconds(40)).pollInterval(Duration.ofMillis(200)).until(() -> {
                    causalValues.add(value(causal));
                    noneValues.add(value(none));
                    return route(causal).reason() == Reason.CONSISTENCY_TIMEOUT && route(none).target() == Target.READER;
                });
                List<Long> onReplicas = new ArrayList<>();
                for (ClusterNode replica : replicas) {
                    onReplicas.add(onReplica(cluster, replica));
                }
                System.out.printf("[monotonic] after the reader came back %s s behind: causal read %s, none read %s; "
                        + "the replicas themselves still have v=%s%n", DELAY_SECONDS, causalValues, noneValues,
                        onReplicas);
                assertThat(onReplicas).as("the replicas are still behind what the connections read")
                        .containsOnly(1L);
                assertThat(causalValues).as("causal never goes back").containsOnly(2L);
                assertThat(noneValues).as("the control: none goes back to the replica's older value").contains(1L);
            } finally {
                for (ClusterNode replica : replicas) {
                    onNode(cluster, replica, cluster.replicationDelay(0).toArray(String[]::new));
                }
            }
        }
    }

    private static String[] with(String... extra) {
        List<String> all = new ArrayList<>(List.of(FAST_RECOVERY));
        all.addAll(List.of(extra));
        return all.toArray(String[]::new);
    }

    private static long value(Connection connection) throws Exception {
        return longValue(connection, "SELECT v FROM counter WHERE id = 1");
    }

    private static RouteDecision route(Connection connection) throws Exception {
        return connection.unwrap(RepMySqlConnection.class).lastRoute();
    }

    private static long onReplica(RunningCluster cluster, ClusterNode replica) throws Exception {
        try (Connection root = cluster.root(replica)) {
            return longValue(root, "SELECT v FROM " + cluster.database() + ".counter WHERE id = 1");
        }
    }

    private static DockerClient docker(RunningCluster cluster) {
        return cluster.provisioner().engines().defaultClient();
    }
}
