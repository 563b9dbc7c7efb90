package io.repmysql.provisioner.fault;

import io.repmysql.provisioner.spec.ClusterNames;
import com.github.dockerjava.api.DockerClient;
import io.repmysql.provisioner.cluster.ClusterNode;
import io.repmysql.provisioner.cluster.Failover;
import io.repmysql.provisioner.cluster.HaproxyHealth;
import io.repmysql.provisioner.cluster.NodeRole;
import io.repmysql.provisioner.cluster.Topology;
import io.repmysql.provisioner.docker.ClusterResources;
import io.repmysql.provisioner.junit.ReplicatedCluster;
import io.repmysql.provisioner.junit.RunningCluster;
import io.repmysql.provisioner.spec.Flavor;
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
 * The primary killed (docker kill: a crash) under write load with semi-synchronous replication: failover keeps
 * every acknowledged write, and a restarted old primary behind a restarted HAProxy receives none.
 */
@ReplicatedCluster(replicas = 2, semiSync = true)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class FailoverIT {

    private static ClusterNode oldPrimary;
    private static ClusterNode newPrimary;

    @Test
    @Order(1)
    void primaryKilledUnderWriteLoad_failoverKeepsEveryAcknowledgedWrite(RunningCluster cluster) throws Exception {
        Topology before = cluster.topology();
        oldPrimary = before.primary();
        try (Connection root = cluster.root(oldPrimary); Statement statement = root.createStatement()) {
            statement.execute("CREATE TABLE app.load_rows (id BIGINT PRIMARY KEY)");
            String source = cluster.flavor() == Flavor.MYSQL ? "Rpl_semi_sync_source_" : "Rpl_semi_sync_master_";
            assertThat(status(statement, source + "status")).isEqualTo("ON");
            assertThat(status(statement, source + "clients")).isEqualTo("2");
        }
        DockerClient docker = cluster.provisioner().engines().defaultClient();
        Failover.Result result;
        long killedAt;
        WriteLoad load = new WriteLoad(cluster.mysqlUrl(cluster.writePort()) + "&connectTimeout=2000",
                cluster.appUser(), cluster.appPassword());
        try {
            await().atMost(Duration.ofSeconds(10)).until(() -> load.acknowledged().size() > 50);
            docker.killContainerCmd(oldPrimary.containerName(cluster.name())).exec();
            killedAt = System.nanoTime();
            result = new Failover(cluster.context(), cluster.provisioner()).run();
            await().atMost(Duration.ofSeconds(60)).until(() -> load.wroteSince(killedAt));
            Thread.sleep(500);
        } finally {
            load.close();
        }
        newPrimary = cluster.topology().primary();
        assertThat(result.oldPrimary()).isEqualTo(oldPrimary.name());
        assertThat(newPrimary.name()).isEqualTo(result.newPrimary()).isNotEqualTo(oldPrimary.name());
        assertThat(cluster.topology().node(oldPrimary.name()).orElseThrow().role()).isEqualTo(NodeRole.FENCED);

        Set<Long> stored = new HashSet<>();
        try (Connection root = cluster.root(newPrimary); Statement statement = root.createStatement();
             ResultSet rows = statement.executeQuery("SELECT id FROM app.load_rows")) {
            while (rows.next()) {
                stored.add(rows.getLong(1));
            }
        }
        Set<Long> lost = new HashSet<>(load.acknowledged());
        lost.removeAll(stored);
        System.out.printf("[failover] acknowledged=%d stored=%d lost=%d client errors=%d outage=%d ms "
                        + "failover command=%d ms%n", load.acknowledged().size(), stored.size(), lost.size(),
                load.errors(), load.longestGapMillis(), result.millis());
        assertThat(lost).as("acknowledged writes missing on the new primary").isEmpty();
    }

    @Test
    @Order(2)
    void oldPrimaryRestarted_andHaproxyRestarted_receiveNoWrites(RunningCluster cluster) throws Exception {
        DockerClient docker = cluster.provisioner().engines().defaultClient();
        docker.startContainerCmd(oldPrimary.containerName(cluster.name())).exec();
        docker.restartContainerCmd(ClusterNames.haproxyContainer(cluster.name())).withTimeout(5).exec();
        String oldPositionBefore = await().atMost(Duration.ofSeconds(60)).ignoreExceptions()
                .until(() -> gtidPosition(cluster, oldPrimary), p -> p != null);
        try (Connection root = cluster.root(oldPrimary); Statement statement = root.createStatement();
             ResultSet row = statement.executeQuery("SELECT @@read_only, "
                     + (cluster.flavor() == Flavor.MYSQL ? "@@super_read_only" : "TRUE"))) {
            row.next();
            assertThat(row.getBoolean(1)).as("a restarted fenced primary is read-only").isTrue();
            assertThat(row.getBoolean(2)).as("and super_read_only on MySQL").isTrue();
        }
        new HaproxyHealth(cluster.context(), cluster.topology()).awaitAllUp(Duration.ofSeconds(60));

        int written = 0;
        for (int i = 0; i < 20; i++) {
            try (Connection writer = DriverManager.getConnection(cluster.mysqlUrl(cluster.writePort()),
                    cluster.appUser(), cluster.appPassword()); Statement statement = writer.createStatement()) {
                statement.execute("INSERT INTO load_rows (id) VALUES (" + (1_000_000 + i) + ")");
                try (ResultSet row = statement.executeQuery("SELECT @@server_id")) {
                    row.next();
                    assertThat(row.getLong(1)).isEqualTo(newPrimary.serverId());
                }
                written++;
            }
        }
        assertThat(written).isEqualTo(20);
        assertThat(gtidPosition(cluster, oldPrimary)).as("no write reached the old primary")
                .isEqualTo(oldPositionBefore);
    }

    @Test
    @Order(3)
    void downKeepingTheData_thenUp_resumesTheFailedOverTopology(RunningCluster cluster) throws Exception {
        long rowsBefore;
        try (Connection root = cluster.root(newPrimary); Statement statement = root.createStatement();
             ResultSet row = statement.executeQuery("SELECT COUNT(*) FROM app.load_rows")) {
            row.next();
            rowsBefore = row.getLong(1);
        }
        cluster.provisioner().down(false);
        cluster.provisioner().up();

        assertThat(cluster.topology().primary().name()).isEqualTo(newPrimary.name());
        assertThat(new ClusterResources(cluster.provisioner().engines().defaultClient()).containers(cluster.name()))
                .extracting(c -> c.getNames()[0]).doesNotContain("/" + oldPrimary.containerName(cluster.name()));
        try (Connection writer = DriverManager.getConnection(cluster.mysqlUrl(cluster.writePort()),
                cluster.appUser(), cluster.appPassword()); Statement statement = writer.createStatement()) {
            statement.execute("INSERT INTO load_rows (id) VALUES (2000000)");
            try (ResultSet row = statement.executeQuery("SELECT COUNT(*), @@server_id FROM load_rows")) {
                row.next();
                assertThat(row.getLong(1)).as("rows kept across down and up").isEqualTo(rowsBefore + 1);
                assertThat(row.getLong(2)).isEqualTo(newPrimary.serverId());
            }
        }
    }

    private static String gtidPosition(RunningCluster cluster, ClusterNode node) throws SQLException {
        try (Connection root = cluster.root(node); Statement statement = root.createStatement();
             ResultSet row = statement.executeQuery(cluster.flavor() == Flavor.MYSQL
                     ? "SELECT @@GLOBAL.gtid_executed" : "SELECT @@gtid_binlog_pos")) {
            row.next();
            return row.getString(1);
        }
    }

    private static String status(Statement statement, String name) throws SQLException {
        try (ResultSet row = statement.executeQuery("SHOW STATUS LIKE '" + name + "'")) {
            return row.next() ? row.getString(2) : null;
        }
    }
}
