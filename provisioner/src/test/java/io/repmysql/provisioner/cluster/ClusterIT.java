package io.repmysql.provisioner.cluster;

import io.repmysql.provisioner.docker.ClusterResources;
import io.repmysql.provisioner.docker.Labels;
import io.repmysql.haproxy.stats.StatsRow;
import io.repmysql.provisioner.junit.ReplicatedCluster;
import io.repmysql.provisioner.junit.RunningCluster;
import io.repmysql.provisioner.spec.Flavor;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/** {@code up} of 1 primary + 3 replicas behind HAProxy, as a user would check it. */
@ReplicatedCluster(replicas = 3)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class ClusterIT {

    @Test
    @Order(1)
    void rowWrittenThroughTheWritePort_appearsOnEveryReplica(RunningCluster cluster) throws Exception {
        try (Connection writer = app(cluster, cluster.writePort()); Statement statement = writer.createStatement()) {
            statement.execute("CREATE TABLE notes (id INT PRIMARY KEY, body VARCHAR(100))");
            statement.execute("INSERT INTO notes VALUES (1, 'written through HAProxy')");
            assertThat(serverId(writer)).as("the write port reaches the primary")
                    .isEqualTo(cluster.topology().primary().serverId());
        }
        for (ClusterNode replica : cluster.topology().replicas()) {
            await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> {
                try (Connection root = cluster.root(replica); Statement statement = root.createStatement();
                     ResultSet row = statement.executeQuery("SELECT body FROM app.notes WHERE id = 1")) {
                    assertThat(row.next()).as(replica.name() + " has the row").isTrue();
                    assertThat(row.getString(1)).isEqualTo("written through HAProxy");
                }
            });
        }
    }

    @Test
    @Order(2)
    void readPort_reachesEveryReplicaAndNeverThePrimary(RunningCluster cluster) throws Exception {
        Set<Long> served = new HashSet<>();
        for (int i = 0; i < 12; i++) {
            try (Connection reader = app(cluster, cluster.readPort())) {
                served.add(serverId(reader));
            }
        }
        Topology topology = cluster.topology();
        assertThat(served).containsExactlyInAnyOrderElementsOf(
                topology.replicas().stream().map(ClusterNode::serverId).toList());
        assertThat(served).doesNotContain(topology.primary().serverId());
    }

    @Test
    @Order(3)
    void replicas_areReadOnlyAndReplicateWithBothThreads(RunningCluster cluster) throws Exception {
        for (ClusterNode replica : cluster.topology().replicas()) {
            try (Connection root = cluster.root(replica); Statement statement = root.createStatement();
                 ResultSet row = statement.executeQuery("SELECT @@read_only, " + (cluster.flavor() == Flavor.MYSQL
                         ? "@@super_read_only, @@GLOBAL.gtid_executed" : "TRUE, @@gtid_slave_pos"))) {
                row.next();
                assertThat(row.getBoolean(1)).as(replica.name() + " read_only").isTrue();
                assertThat(row.getBoolean(2)).as(replica.name() + " super_read_only (MySQL)").isTrue();
                assertThat(row.getString(3)).as(replica.name() + " GTID position").isNotBlank();
            }
        }
    }

    @Test
    @Order(4)
    void statsCsv_listsEveryServerUp_andThePageRefusesRequestsWithoutCredentials(RunningCluster cluster)
            throws Exception {
        List<StatsRow> servers = new HaproxyHealth(cluster.context(), cluster.topology()).client().rows().stream()
                .filter(StatsRow::isServer).toList();
        assertThat(servers).extracting(r -> r.proxy() + "/" + r.server() + (r.backup() ? " backup" : ""))
                .containsExactlyInAnyOrder("write_nodes/primary", "write_nodes/replica-1 backup",
                        "read_nodes/replica-1", "read_nodes/replica-2", "read_nodes/replica-3");
        assertThat(servers).allSatisfy(r -> assertThat(r.status()).startsWith("UP"));

        HttpResponse<String> anonymous = HttpClient.newHttpClient().send(HttpRequest.newBuilder(
                URI.create("http://127.0.0.1:" + cluster.statsPort() + "/stats")).build(),
                HttpResponse.BodyHandlers.ofString());
        assertThat(anonymous.statusCode()).isEqualTo(401);
    }

    @Test
    @Order(45)
    void upOnARunningCluster_onlyChecksIt(RunningCluster cluster) {
        Topology before = cluster.topology();
        assertThat(cluster.provisioner().up()).isEqualTo(before);
        assertThat(new ClusterResources(cluster.provisioner().engines().defaultClient()).containers(cluster.name()))
                .hasSize(5);
    }

    @Test
    @Order(50)
    void addReplica_onAClusterWithData_joinsSeededFollowsLaterWritesAndTakesReads(RunningCluster cluster)
            throws Exception {
        Connection openBeforeReload = app(cluster, cluster.writePort());
        ClusterNode added = new ReplicaAdder(cluster.context(), cluster.provisioner()).add(null);
        try (openBeforeReload) {
            assertThat(serverId(openBeforeReload)).as("a write-port session survives HAProxy's reload")
                    .isEqualTo(cluster.topology().primary().serverId());
        }

        try (Connection root = cluster.root(added); Statement statement = root.createStatement();
             ResultSet row = statement.executeQuery("SELECT body FROM app.notes WHERE id = 1")) {
            assertThat(row.next()).as("seeded with the existing row").isTrue();
        }
        try (Connection writer = app(cluster, cluster.writePort()); Statement statement = writer.createStatement()) {
            statement.execute("INSERT INTO notes VALUES (2, 'after the replica joined')");
        }
        await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> {
            try (Connection root = cluster.root(added); Statement statement = root.createStatement();
                 ResultSet row = statement.executeQuery("SELECT COUNT(*) FROM app.notes")) {
                row.next();
                assertThat(row.getInt(1)).isEqualTo(2);
            }
        });
        Set<Long> served = new HashSet<>();
        for (int i = 0; i < 16; i++) {
            try (Connection reader = app(cluster, cluster.readPort())) {
                served.add(serverId(reader));
            }
        }
        assertThat(served).contains(added.serverId()).hasSize(4);
    }

    @Test
    @Order(60)
    void down_removesEveryContainer_andWithVolumesEveryVolume(RunningCluster cluster) {
        ClusterResources resources = new ClusterResources(cluster.provisioner().engines().defaultClient());
        assertThat(resources.containers(cluster.name())).hasSize(6);

        cluster.provisioner().down(false);
        assertThat(resources.containers(cluster.name())).isEmpty();
        assertThat(volumes(cluster)).hasSize(5);

        cluster.provisioner().down(true);
        assertThat(volumes(cluster)).isEmpty();
        assertThat(cluster.provisioner().down(true)).as("down again is a no-op").isZero();
    }

    private static List<String> volumes(RunningCluster cluster) {
        var list = cluster.provisioner().engines().defaultClient().listVolumesCmd()
                .withFilter("label", List.of(Labels.CLUSTER + "=" + cluster.name())).exec().getVolumes();
        return list == null ? List.of() : list.stream().map(v -> v.getName()).toList();
    }

    private static Connection app(RunningCluster cluster, int port) throws SQLException {
        return DriverManager.getConnection(cluster.mysqlUrl(port), cluster.appUser(), cluster.appPassword());
    }

    private static long serverId(Connection connection) throws SQLException {
        try (Statement statement = connection.createStatement();
             ResultSet row = statement.executeQuery("SELECT @@server_id")) {
            row.next();
            return row.getLong(1);
        }
    }
}
