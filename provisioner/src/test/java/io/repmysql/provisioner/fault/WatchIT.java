package io.repmysql.provisioner.fault;

import com.github.dockerjava.api.DockerClient;
import io.repmysql.provisioner.cluster.ClusterNode;
import io.repmysql.provisioner.cluster.Watcher;
import io.repmysql.provisioner.junit.ReplicatedCluster;
import io.repmysql.provisioner.junit.RunningCluster;
import org.junit.jupiter.api.Test;

import java.time.Duration;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/** {@code watch} fails over by itself after a clean stop of the primary, and only once inside its window. */
@ReplicatedCluster(replicas = 2)
class WatchIT {

    @Test
    void primaryStopped_watchFailsOverOnce_andSuppressesASecondFailoverInsideTheWindow(RunningCluster cluster) {
        ClusterNode first = cluster.topology().primary();
        Watcher watcher = new Watcher(cluster.context(), cluster.provisioner(), Duration.ofMinutes(5),
                System::nanoTime);
        assertThat(watcher.check()).isEqualTo(Watcher.Decision.HEALTHY);

        DockerClient docker = cluster.provisioner().engines().defaultClient();
        long stoppedAt = System.nanoTime();
        docker.stopContainerCmd(first.containerName(cluster.name())).withTimeout(10).exec();
        await().atMost(Duration.ofSeconds(60)).pollInterval(Duration.ofMillis(500))
                .until(() -> watcher.check() == Watcher.Decision.FAILED_OVER);
        ClusterNode second = cluster.topology().primary();
        System.out.printf("[watch] primary stopped -> failed over to %s after %d ms%n", second.name(),
                (System.nanoTime() - stoppedAt) / 1_000_000);
        assertThat(second.name()).isNotEqualTo(first.name());

        docker.killContainerCmd(second.containerName(cluster.name())).exec();
        await().atMost(Duration.ofSeconds(60)).pollInterval(Duration.ofMillis(500))
                .until(() -> watcher.check() == Watcher.Decision.SUPPRESSED);
        assertThat(cluster.topology().primary().name()).as("no second failover inside the window")
                .isEqualTo(second.name());
    }
}
