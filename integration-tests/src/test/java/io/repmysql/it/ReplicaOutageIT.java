package io.repmysql.it;

import com.github.dockerjava.api.DockerClient;
import io.repmysql.provisioner.cluster.ClusterNode;
import io.repmysql.provisioner.cluster.HaproxyHealth;
import io.repmysql.provisioner.junit.ReplicatedCluster;
import io.repmysql.provisioner.junit.RunningCluster;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;

import java.sql.Connection;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicLong;

import static io.repmysql.it.Sql.primaryId;
import static io.repmysql.it.Sql.replicaIds;
import static io.repmysql.it.Sql.repmysql;
import static io.repmysql.it.Sql.serverId;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/** Replicas crashing, stopping and black-holed under the driver: the application keeps reading. */
@ReplicatedCluster(replicas = 2)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class ReplicaOutageIT {

    private static final String[] FAST_RECOVERY = {"readerRetryBackoffMs=1000", "readerConnectTimeoutMs=2000"};

    @Test
    @Order(1)
    void oneReplicaKilledUnderReadLoad_theApplicationSeesNoErrors(RunningCluster cluster) throws Exception {
        AtomicBoolean running = new AtomicBoolean(true);
        AtomicLong reads = new AtomicLong();
        ConcurrentLinkedQueue<Throwable> errors = new ConcurrentLinkedQueue<>();
        List<Thread> readers = new ArrayList<>();
        for (int t = 0; t < 4; t++) {
            Thread reader = new Thread(() -> {
                try (Connection connection = repmysql(cluster, FAST_RECOVERY)) {
                    while (running.get()) {
                        serverId(connection);
                        reads.incrementAndGet();
                    }
                } catch (Throwable e) {
                    errors.add(e);
                }
            });
            reader.start();
            readers.add(reader);
        }
        await().atMost(Duration.ofSeconds(10)).until(() -> reads.get() > 200);
        ClusterNode victim = cluster.topology().replicas().get(0);
        docker(cluster).killContainerCmd(victim.containerName(cluster.name())).exec();
        long readsAtKill = reads.get();
        Thread.sleep(8000);
        running.set(false);
        for (Thread reader : readers) {
            reader.join(10_000);
        }
        System.out.printf("[outage] one replica killed under 4 reading threads: %d reads after the kill, "
                + "%d errors%n", reads.get() - readsAtKill, errors.size());
        assertThat(errors).as("errors seen by the application").isEmpty();
        assertThat(reads.get()).isGreaterThan(readsAtKill);

        docker(cluster).startContainerCmd(victim.containerName(cluster.name())).exec();
        new HaproxyHealth(cluster.context(), cluster.topology()).awaitAllUp(Duration.ofSeconds(90));
    }

    @Test
    @Order(2)
    void everyReplicaStopped_readsGoToThePrimary_onExistingAndNewConnections_andComeBack(RunningCluster cluster)
            throws Exception {
        try (Connection existing = repmysql(cluster, FAST_RECOVERY)) {
            assertThat(serverId(existing)).isIn(replicaIds(cluster));
            for (ClusterNode replica : cluster.topology().replicas()) {
                docker(cluster).stopContainerCmd(replica.containerName(cluster.name())).withTimeout(5).exec();
            }
            assertThat(serverId(existing)).as("existing connection").isEqualTo(primaryId(cluster));
            try (Connection fresh = repmysql(cluster, FAST_RECOVERY)) {
                assertThat(serverId(fresh)).as("new connection").isEqualTo(primaryId(cluster));
            }

            for (ClusterNode replica : cluster.topology().replicas()) {
                docker(cluster).startContainerCmd(replica.containerName(cluster.name())).exec();
            }
            new HaproxyHealth(cluster.context(), cluster.topology()).awaitAllUp(Duration.ofSeconds(90));
            await().atMost(Duration.ofSeconds(30)).pollInterval(Duration.ofMillis(500)).untilAsserted(() -> {
                try (Connection fresh = repmysql(cluster, FAST_RECOVERY)) {
                    assertThat(serverId(fresh)).as("new connection, replicas back").isIn(replicaIds(cluster));
                }
                assertThat(serverId(existing)).as("existing connection, replicas back").isIn(replicaIds(cluster));
            });
        }
    }

    @Test
    @Order(3)
    void blackHoledReplicas_readsGiveUpWithinTheTimeout_andFallBackToThePrimary(RunningCluster cluster)
            throws Exception {
        List<ClusterNode> replicas = cluster.topology().replicas();
        for (ClusterNode replica : replicas) {
            docker(cluster).pauseContainerCmd(replica.containerName(cluster.name())).exec();
        }
        // getConnection opens the reader: HAProxy, not yet aware of the pause, hands the connection to a replica
        // that never greets, and the handshake's bound ends it.
        long start = System.nanoTime();
        try (Connection connection = repmysql(cluster, FAST_RECOVERY)) {
            long served = serverId(connection);
            long millis = (System.nanoTime() - start) / 1_000_000;
            System.out.printf("[outage] read port black-holed: getConnection and the first read fell back to the "
                    + "primary after %d ms (readerConnectTimeoutMs=2000)%n", millis);
            assertThat(served).isEqualTo(primaryId(cluster));
            assertThat(millis).as("waited for the replica's greeting until the bound, then gave up")
                    .isBetween(2000L - 200, 2000L + 3000);
        } finally {
            for (ClusterNode replica : replicas) {
                docker(cluster).unpauseContainerCmd(replica.containerName(cluster.name())).exec();
            }
        }
    }

    private static DockerClient docker(RunningCluster cluster) {
        return cluster.provisioner().engines().defaultClient();
    }

}
