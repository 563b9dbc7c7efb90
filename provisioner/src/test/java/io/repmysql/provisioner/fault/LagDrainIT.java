package io.repmysql.provisioner.fault;

import io.repmysql.provisioner.cluster.ClusterNode;
import io.repmysql.provisioner.cluster.HaproxyHealth;
import io.repmysql.haproxy.stats.StatsRow;
import io.repmysql.provisioner.junit.ReplicatedCluster;
import io.repmysql.provisioner.junit.RunningCluster;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.HashSet;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * The node agent drains a replica from the read pool while it lags past {@code maxLagSeconds} or its SQL thread
 * is stopped, and returns it when it is healthy again — what HAProxy's own mysql-check cannot see.
 */
@ReplicatedCluster(replicas = 2, maxLagSeconds = 2)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class LagDrainIT {

    private static final Duration AGENT_REACTION = Duration.ofSeconds(40);

    @Test
    @Order(1)
    void replicaLaggingPastTheBound_isDrained_thenReturns(RunningCluster cluster) throws Exception {
        ClusterNode lagging = cluster.topology().replicas().get(1);
        ClusterNode healthy = cluster.topology().replicas().get(0);
        sql(cluster, lagging, cluster.replicationDelay(60).toArray(String[]::new));
        try {
            sql(cluster, cluster.topology().primary(), "CREATE TABLE IF NOT EXISTS app.ticks (id INT PRIMARY KEY)",
                    "INSERT INTO app.ticks VALUES (1)");

            awaitDrainedAndServedOnlyBy(cluster, lagging, healthy);
        } finally {
            sql(cluster, lagging, cluster.replicationDelay(0).toArray(String[]::new));
        }
        awaitReadPoolState(cluster, lagging, "UP");
        assertThat(readServers(cluster)).containsExactlyInAnyOrder(healthy.serverId(), lagging.serverId());
    }

    @Test
    @Order(2)
    void replicaWithItsSqlThreadStopped_isDrained_thenReturns(RunningCluster cluster) throws Exception {
        ClusterNode broken = cluster.topology().replicas().get(0);
        ClusterNode other = cluster.topology().replicas().get(1);
        sql(cluster, broken, "STOP REPLICA SQL_THREAD");
        try {
            awaitDrainedAndServedOnlyBy(cluster, broken, other);
        } finally {
            sql(cluster, broken, "START REPLICA SQL_THREAD");
        }
        awaitReadPoolState(cluster, broken, "UP");
    }

    /**
     * Waits until HAProxy shows {@code drained} as DRAIN and new read connections reach only {@code serving}. Both
     * are checked in one attempt: a loaded machine can delay an agent answer past HAProxy's check, and the pool state
     * read a moment before the connections would then not be the one they met.
     */
    private static void awaitDrainedAndServedOnlyBy(RunningCluster cluster, ClusterNode drained, ClusterNode serving) {
        awaitReadPoolState(cluster, drained, "DRAIN");
        await().atMost(AGENT_REACTION).pollInterval(Duration.ofMillis(500)).untilAsserted(() -> {
            assertReadPoolState(cluster, drained, "DRAIN");
            assertThat(readServers(cluster)).as("servers answering on the read port while " + drained.name()
                    + " is drained").containsExactly(serving.serverId());
        });
    }

    private static void awaitReadPoolState(RunningCluster cluster, ClusterNode node, String state) {
        await().atMost(AGENT_REACTION).pollInterval(Duration.ofMillis(500))
                .untilAsserted(() -> assertReadPoolState(cluster, node, state));
    }

    private static void assertReadPoolState(RunningCluster cluster, ClusterNode node, String state) throws Exception {
        StatsRow row = new HaproxyHealth(cluster.context(), cluster.topology()).client().rows().stream()
                .filter(r -> r.proxy().equals("read_nodes") && r.server().equals(node.name()))
                .findFirst().orElseThrow();
        assertThat(row.status()).as(node.name() + " in the read pool").startsWith(state);
    }

    private static Set<Long> readServers(RunningCluster cluster) throws SQLException {
        Set<Long> served = new HashSet<>();
        for (int i = 0; i < 8; i++) {
            try (Connection reader = DriverManager.getConnection(cluster.mysqlUrl(cluster.readPort()),
                    cluster.appUser(), cluster.appPassword());
                 ResultSet row = reader.createStatement().executeQuery("SELECT @@server_id")) {
                row.next();
                served.add(row.getLong(1));
            }
        }
        return served;
    }

    private static void sql(RunningCluster cluster, ClusterNode node, String... statements) throws SQLException {
        try (Connection root = cluster.root(node); Statement statement = root.createStatement()) {
            for (String sql : statements) {
                statement.execute(sql);
            }
        }
    }
}
