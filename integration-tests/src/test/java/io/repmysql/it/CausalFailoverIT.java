package io.repmysql.it;

import io.repmysql.driver.RepMySqlDataSource;
import io.repmysql.provisioner.cluster.ClusterNode;
import io.repmysql.provisioner.cluster.Failover;
import io.repmysql.provisioner.junit.ReplicatedCluster;
import io.repmysql.provisioner.junit.RunningCluster;
import org.junit.jupiter.api.Test;

import javax.sql.DataSource;
import java.net.URLClassLoader;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.Duration;

import static io.repmysql.it.Sql.execute;
import static io.repmysql.it.Sql.longValue;
import static io.repmysql.it.IsolatedDriver.dataSource;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * A causal token taken before the primary is killed and replaced by {@code failover} still works after it: GTID
 * positions continue (MariaDB: the domain's sequence numbers; MySQL: the old primary's GTIDs stay in every set,
 * the new primary adds its own server UUID). A fresh driver that observes the old token reads the row within
 * consistencyTimeoutMs, without hanging or failing, and a token written after the failover works the same way.
 */
@ReplicatedCluster(replicas = 2)
class CausalFailoverIT {

    private static final int TIMEOUT_MS = 5000;

    @Test
    void tokenFromBeforeAFailover_afterIt_theReadReturnsTheRowWithinTheTimeout(RunningCluster cluster)
            throws Exception {
        String url = cluster.repmysqlUrl() + "&consistency=causal&consistencyTimeoutMs=" + TIMEOUT_MS
                + "&clusterName=failover-it";
        ClusterNode oldPrimary = cluster.topology().primary();
        String oldToken;
        try (Connection connection = dataSource(new RepMySqlDataSource(), cluster, url).getConnection()) {
            execute(connection, "CREATE TABLE posts (id INT PRIMARY KEY)", "INSERT INTO posts VALUES (1)");
            oldToken = dataSource(new RepMySqlDataSource(), cluster, url).causalToken();
        }
        // Asynchronous replication: the row must have reached the replicas for failover to keep it.
        for (ClusterNode replica : cluster.topology().replicas()) {
            await().atMost(Duration.ofSeconds(30)).ignoreExceptions().until(() -> rowsOn(cluster, replica) == 1);
        }
        cluster.provisioner().engines().defaultClient().killContainerCmd(oldPrimary.containerName(cluster.name()))
                .exec();
        Failover.Result failover = new Failover(cluster.context(), cluster.provisioner()).run();
        assertThat(failover.newPrimary()).isNotEqualTo(oldPrimary.name());

        long oldTokenReadMillis;
        long oldTokenServer;
        try (URLClassLoader freshJvm = IsolatedDriver.classLoader()) {
            DataSource fresh = dataSource((DataSource) freshJvm.loadClass(RepMySqlDataSource.class.getName())
                    .getConstructor().newInstance(), cluster, url);
            try (Connection connection = fresh.getConnection()) {
                long start = System.nanoTime();
                observe(fresh, oldToken);
                oldTokenServer = served(connection, 1, "the row written before the failover");
                oldTokenReadMillis = (System.nanoTime() - start) / 1_000_000;
            }
        }

        String newToken;
        await().atMost(Duration.ofSeconds(30)).ignoreExceptions().until(() -> {
            try (Connection plain = DriverManager.getConnection(cluster.mysqlUrl(cluster.writePort()),
                    cluster.appUser(), cluster.appPassword())) {
                return longValue(plain, "SELECT @@read_only") == 0;
            }
        });
        try (URLClassLoader writerJvm = IsolatedDriver.classLoader()) {
            DataSource writer = dataSource((DataSource) writerJvm.loadClass(RepMySqlDataSource.class.getName())
                    .getConstructor().newInstance(), cluster, url);
            try (Connection connection = writer.getConnection()) {
                execute(connection, "INSERT INTO posts VALUES (2)");
            }
            newToken = (String) writer.getClass().getMethod("causalToken").invoke(writer);
        }
        long newTokenReadMillis;
        long newTokenServer;
        try (URLClassLoader readerJvm = IsolatedDriver.classLoader()) {
            DataSource reader = dataSource((DataSource) readerJvm.loadClass(RepMySqlDataSource.class.getName())
                    .getConstructor().newInstance(), cluster, url);
            try (Connection connection = reader.getConnection()) {
                long start = System.nanoTime();
                observe(reader, newToken);
                newTokenServer = served(connection, 2, "the row written after the failover");
                newTokenReadMillis = (System.nanoTime() - start) / 1_000_000;
            }
        }
        System.out.printf("[causal] failover %s -> %s (server_id %d) in %d ms; a token from before it: observed and "
                        + "read in %d ms on server_id %d; one from after it: %d ms on server_id %d "
                        + "(consistencyTimeoutMs=%d)%n", failover.oldPrimary(), failover.newPrimary(),
                cluster.topology().primary().serverId(), failover.millis(), oldTokenReadMillis, oldTokenServer,
                newTokenReadMillis, newTokenServer, TIMEOUT_MS);
        assertThat(oldTokenReadMillis).as("no hang: within the timeout plus a round trip").isLessThan(TIMEOUT_MS + 1000);
        assertThat(newTokenReadMillis).isLessThan(TIMEOUT_MS + 1000);
    }

    /** Reads post {@code id}, asserting it is there; answers the server_id that served the read. */
    private static long served(Connection connection, int id, String what) throws Exception {
        try (PreparedStatement read = connection.prepareStatement(
                "SELECT COUNT(*), @@server_id FROM posts WHERE id = ?")) {
            read.setInt(1, id);
            try (ResultSet row = read.executeQuery()) {
                row.next();
                assertThat(row.getLong(1)).as(what).isOne();
                return row.getLong(2);
            }
        }
    }

    private static long rowsOn(RunningCluster cluster, ClusterNode node) throws Exception {
        try (Connection root = cluster.root(node)) {
            return longValue(root, "SELECT COUNT(*) FROM " + cluster.database() + ".posts");
        }
    }

    private static void observe(DataSource source, String token) throws Exception {
        source.getClass().getMethod("observeCausalToken", String.class).invoke(source, token);
    }
}
