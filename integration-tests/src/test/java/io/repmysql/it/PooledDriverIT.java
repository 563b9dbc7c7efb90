package io.repmysql.it;

import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;
import io.repmysql.driver.RepMySqlConnection;
import io.repmysql.driver.routing.Target;
import io.repmysql.provisioner.cluster.ClusterNode;
import io.repmysql.provisioner.junit.ReplicatedCluster;
import io.repmysql.provisioner.junit.RunningCluster;
import org.junit.jupiter.api.Test;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;

import static io.repmysql.it.Sql.execute;
import static io.repmysql.it.Sql.longValue;
import static io.repmysql.it.Sql.replicaIds;
import static io.repmysql.it.Sql.repmysql;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/** jdbc:repmysql: under HikariCP with 4 threads: no errors, reads on replicas, no physical connection leaked. */
@ReplicatedCluster(replicas = 2)
class PooledDriverIT {

    @Test
    void hikariWithFourThreads_noErrors_readsOnReplicas_andNoPhysicalConnectionLeaks(RunningCluster cluster)
            throws Exception {
        try (Connection connection = repmysql(cluster)) {
            execute(connection, "CREATE TABLE counters (thread INT, n INT, PRIMARY KEY (thread, n))");
        }
        HikariConfig config = new HikariConfig();
        config.setDataSourceClassName("io.repmysql.driver.RepMySqlDataSource");
        config.addDataSourceProperty("url", cluster.repmysqlUrl());
        config.addDataSourceProperty("user", cluster.appUser());
        config.addDataSourceProperty("password", cluster.appPassword());
        config.setMaximumPoolSize(4);
        config.setPoolName("pooled-it");
        AtomicInteger readsOnReplicas = new AtomicInteger();
        AtomicInteger reads = new AtomicInteger();
        try (HikariDataSource pool = new HikariDataSource(config)) {
            ExecutorService threads = Executors.newFixedThreadPool(4);
            List<Future<?>> done = new ArrayList<>();
            for (int t = 0; t < 4; t++) {
                int thread = t;
                done.add(threads.submit(() -> {
                    for (int n = 0; n < 50; n++) {
                        try (Connection connection = pool.getConnection()) {
                            try (PreparedStatement insert = connection.prepareStatement(
                                    "INSERT INTO counters VALUES (?, ?)")) {
                                insert.setInt(1, thread);
                                insert.setInt(2, n);
                                insert.executeUpdate();
                            }
                            long served = longValue(connection, "SELECT @@server_id");
                            reads.incrementAndGet();
                            if (replicaIds(cluster).contains(served)) {
                                readsOnReplicas.incrementAndGet();
                            }
                            assertThat(connection.unwrap(RepMySqlConnection.class).lastReadTarget())
                                    .isEqualTo(Target.READER);
                        }
                    }
                    return null;
                }));
            }
            for (Future<?> future : done) {
                future.get();
            }
            threads.shutdown();
            try (Connection connection = pool.getConnection()) {
                assertThat(longValue(connection, "SELECT COUNT(*) FROM counters FOR UPDATE")).isEqualTo(200);
            }
        }
        assertThat(readsOnReplicas.get()).isEqualTo(reads.get()).isEqualTo(200);
        for (ClusterNode node : cluster.topology().nodes()) {
            await().atMost(Duration.ofSeconds(10)).untilAsserted(() -> {
                try (Connection root = cluster.root(node); ResultSet rows = root.createStatement().executeQuery(
                        "SELECT COUNT(*) FROM information_schema.PROCESSLIST WHERE USER = 'app'")) {
                    rows.next();
                    assertThat(rows.getInt(1)).as("app connections left open on " + node.name()).isZero();
                }
            });
        }
    }

    /**
     * A pool switches autocommit and isolation around each transaction; one that writes sends none of them to the
     * replicas, although its logical connection holds a replica connection too. Replicas apply rows, not SETs, so
     * their Com_set_option counts only what the driver sent them.
     */
    @Test
    void pooledWriteTransactions_sendNoModeSwitchToTheReplicas(RunningCluster cluster) throws Exception {
        try (Connection connection = repmysql(cluster)) {
            execute(connection, "CREATE TABLE tx_modes (id INT PRIMARY KEY)");
        }
        HikariConfig config = new HikariConfig();
        config.setJdbcUrl(cluster.repmysqlUrl());
        config.setUsername(cluster.appUser());
        config.setPassword(cluster.appPassword());
        config.setMaximumPoolSize(1);
        config.setPoolName("tx-modes-it");
        try (HikariDataSource pool = new HikariDataSource(config)) {
            try (Connection connection = pool.getConnection()) {
                longValue(connection, "SELECT COUNT(*) FROM tx_modes");
            }
            Map<String, Connection> roots = new HashMap<>();
            try {
                for (ClusterNode replica : cluster.topology().replicas()) {
                    roots.put(replica.name(), cluster.root(replica));
                }
                Map<String, Long> before = setOptions(roots);
                for (int id = 0; id < 20; id++) {
                    try (Connection connection = pool.getConnection()) {
                        connection.setTransactionIsolation(Connection.TRANSACTION_READ_COMMITTED);
                        connection.setAutoCommit(false);
                        try (PreparedStatement insert = connection.prepareStatement("INSERT INTO tx_modes VALUES (?)")) {
                            insert.setInt(1, id);
                            insert.executeUpdate();
                        }
                        connection.commit();
                    }
                }
                assertThat(setOptions(roots)).isEqualTo(before);
            } finally {
                for (Connection root : roots.values()) {
                    root.close();
                }
            }
            try (Connection connection = pool.getConnection()) {
                assertThat(longValue(connection, "SELECT COUNT(*) FROM tx_modes FOR UPDATE")).isEqualTo(20);
            }
        }
    }

    private static Map<String, Long> setOptions(Map<String, Connection> roots) throws Exception {
        Map<String, Long> counts = new HashMap<>();
        for (Map.Entry<String, Connection> root : roots.entrySet()) {
            try (ResultSet row = root.getValue().createStatement().executeQuery(
                    "SHOW GLOBAL STATUS LIKE 'Com\\_set\\_option'")) {
                row.next();
                counts.put(root.getKey(), row.getLong(2));
            }
        }
        return counts;
    }
}
