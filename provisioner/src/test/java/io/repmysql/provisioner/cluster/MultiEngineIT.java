package io.repmysql.provisioner.cluster;

import com.github.dockerjava.api.DockerClient;
import io.repmysql.provisioner.docker.ClusterResources;
import io.repmysql.provisioner.docker.DockerEngines;
import io.repmysql.provisioner.docker.FreePorts;
import io.repmysql.provisioner.secrets.SecretStore;
import io.repmysql.provisioner.junit.FlavorUnderTest;
import io.repmysql.provisioner.spec.ClusterSpec;
import io.repmysql.provisioner.spec.HaproxySpec;
import io.repmysql.provisioner.spec.NodeSpec;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.Duration;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * Nodes on two Docker engines, as on several hosts: a second private engine on this
 * machine (own socket, data-root, exec-root, pidfile), still host networking on loopback.
 */
class MultiEngineIT {

    private static final String CLUSTER = "it-multi-engine";
    private static String secondEngine;
    private static DockerClient second;
    private static DockerClient first;
    private static ClusterProvisioner provisioner;
    private static ClusterContext context;

    @BeforeAll
    static void startSecondEngineAndCluster() throws Exception {
        secondEngine = startSecondEngine();
        first = DockerEngines.open();
        second = DockerEngines.open(secondEngine, null, false);
        new ClusterResources(first).remove(CLUSTER, true);
        new ClusterResources(second).remove(CLUSTER, true);

        int[] ports = FreePorts.pickWithAgents(6);
        ClusterSpec defaults = ClusterSpec.defaults();
        ClusterSpec spec = new ClusterSpec(CLUSTER, FlavorUnderTest.get(), defaults.images(), defaults.network(),
                defaults.database(), defaults.users(), NodeSpec.onDefaultEngine(ports[0]),
                List.of(NodeSpec.onDefaultEngine(ports[1]), new NodeSpec(ports[2], secondEngine, null)), 0,
                defaults.replication(), new HaproxySpec(ports[3], ports[4], ports[5],
                defaults.haproxy().bindAddress(), defaults.haproxy().check()));
        Path stateDir = Files.createTempDirectory("repmysql-" + CLUSTER);
        context = new ClusterContext(spec, SecretStore.loadOrCreate(stateDir, spec), stateDir,
                line -> System.out.println("[" + CLUSTER + "] " + line));
        provisioner = new ClusterProvisioner(context);
        provisioner.up();
    }

    @AfterAll
    static void removeFromBothEngines() throws Exception {
        if (provisioner != null) {
            provisioner.down(true);
            provisioner.close();
        }
        if (second != null) {
            new ClusterResources(second).remove(CLUSTER, true);
            second.close();
            first.close();
        }
    }

    @Test
    void replicaOnTheSecondEngine_runsThereReplicatesAndServesReads() throws Exception {
        assertThat(new ClusterResources(second).containers(CLUSTER)).extracting(c -> c.getNames()[0])
                .containsExactly("/" + CLUSTER + "-replica-2");
        assertThat(new ClusterResources(first).containers(CLUSTER)).extracting(c -> c.getNames()[0])
                .containsExactlyInAnyOrder("/" + CLUSTER + "-primary", "/" + CLUSTER + "-replica-1",
                        "/" + CLUSTER + "-haproxy");

        var haproxy = context.spec().haproxy();
        try (Connection writer = app(haproxy.writePort()); Statement statement = writer.createStatement()) {
            statement.execute("CREATE TABLE placed (id INT PRIMARY KEY)");
            statement.execute("INSERT INTO placed VALUES (7)");
        }
        ClusterNode remote = TopologyStore.loadRunning(context).node("replica-2").orElseThrow();
        await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> {
            try (Connection root = provisioner.access(Topology.fromSpec(context.spec())).root(remote);
                 ResultSet row = root.createStatement().executeQuery("SELECT id FROM app.placed")) {
                assertThat(row.next()).isTrue();
                assertThat(row.getInt(1)).isEqualTo(7);
            }
        });
        Set<Long> served = new HashSet<>();
        for (int i = 0; i < 6; i++) {
            try (Connection reader = app(haproxy.readPort());
                 ResultSet row = reader.createStatement().executeQuery("SELECT @@server_id")) {
                row.next();
                served.add(row.getLong(1));
            }
        }
        assertThat(served).containsExactlyInAnyOrder(2L, 3L);
    }

    private static Connection app(int port) throws Exception {
        return DriverManager.getConnection("jdbc:mysql://127.0.0.1:" + port + "/app?allowPublicKeyRetrieval=true",
                context.spec().users().app().name(), context.secrets().appPassword());
    }

    /** Starts (or finds) the second private engine with the project's script; returns its DOCKER_HOST. */
    private static String startSecondEngine() throws Exception {
        Process process = new ProcessBuilder("bash", Path.of("..", "scripts", "docker-engine.sh").toString(),
                "--instance", "engine2").redirectError(ProcessBuilder.Redirect.INHERIT).start();
        String out = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8).strip();
        assertThat(process.waitFor()).as("scripts/docker-engine.sh --instance engine2 (needs root and dockerd)")
                .isZero();
        assertThat(out).startsWith("unix://");
        return out;
    }
}
