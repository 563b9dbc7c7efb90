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
import java.util.List;
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
}
