package io.repmysql.provisioner.fault;

import com.github.dockerjava.api.DockerClient;
import io.repmysql.haproxy.stats.Proxies;
import io.repmysql.provisioner.cluster.ClusterContext;
import io.repmysql.provisioner.cluster.ClusterNode;
import io.repmysql.provisioner.cluster.ClusterProvisioner;
import io.repmysql.provisioner.cluster.HaproxyHealth;
import io.repmysql.provisioner.cluster.TopologyStore;
import io.repmysql.provisioner.docker.ClusterResources;
import io.repmysql.provisioner.docker.DockerEngines;
import io.repmysql.provisioner.docker.FreePorts;
import io.repmysql.provisioner.junit.FlavorUnderTest;
import io.repmysql.provisioner.replication.ReplicationAdmin;
import io.repmysql.provisioner.secrets.SecretStore;
import io.repmysql.provisioner.spec.ClusterSpec;
import io.repmysql.provisioner.spec.ClusterSpecs;
import io.repmysql.provisioner.spec.CheckSpec;
import org.awaitility.core.ConditionTimeoutException;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.Duration;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * {@code bin/repmysql watch} as users run it, a separate process, on a cluster file that sets only the flavor under
 * test, ports and semi-sync (so HAProxy's check interval, fall and the anti-flap window are the defaults): a 1 s
 * pause of the primary is no failover; a {@code kill -9} of the primary under write load is failed over by itself,
 * writes resume (the time to the first acknowledged write is printed; docs/operations.md gives the figures) and no
 * acknowledged write is lost; losing the next primary inside the anti-flap window is not failed over.
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class WatchIT {

    private static final String CLUSTER = "it-watch";
    private static final Path REPMYSQL = Path.of("..", "bin", "repmysql").toAbsolutePath().normalize();
    /**
     * Writes must resume by themselves: far above the measured outage (docs/operations.md), so that a loaded machine
     * cannot fail the test. The outage is a measurement, printed for the docs, not a speed assertion.
     */
    private static final long OUTAGE_BOUND_MILLIS = 30_000;

    private static Path stateRoot;
    private static ClusterContext context;
    private static ClusterProvisioner provisioner;
    private static Process watch;
    /** When the primary was killed, so the watch process's lines show how long each step took after it. */
    private static volatile long killedAt = System.nanoTime();
    private static final List<String> watchLines = new CopyOnWriteArrayList<>();
    /** When each watch line arrived (System.nanoTime), in the order of {@link #watchLines}. */
    private static final List<Long> watchLineNanos = new CopyOnWriteArrayList<>();

    @BeforeAll
    static void upAndWatch() throws Exception {
        removeLeftovers();
        stateRoot = Files.createTempDirectory("repmysql-watch-it");
        int[] ports = FreePorts.pickWithAgents(6);
        Path file = Files.writeString(stateRoot.resolve("repmysql.yaml"), """
                name: %s
                flavor: %s
                primary: { port: %d }
                replicas: [ { port: %d }, { port: %d } ]
                replication: { semiSync: true }
                haproxy: { writePort: %d, readPort: %d, statsPort: %d }
                """.formatted(CLUSTER, FlavorUnderTest.get().name().toLowerCase(java.util.Locale.ROOT), ports[3], ports[4],
                ports[5], ports[0], ports[1], ports[2]));
        ClusterSpec spec = ClusterSpecs.load(file);
        assertThat(spec.haproxy().check()).as("the defaults are measured").isEqualTo(CheckSpec.defaults());
        Path stateDir = stateRoot.resolve(CLUSTER);
        context = new ClusterContext(spec, SecretStore.loadOrCreate(stateDir, spec), stateDir,
                line -> System.out.println("[" + CLUSTER + "] " + line));
        provisioner = new ClusterProvisioner(context);
        provisioner.up();
        try (Connection root = root(primary()); Statement statement = root.createStatement()) {
            statement.execute("CREATE TABLE app.load_rows (id BIGINT PRIMARY KEY)");
        }

        ProcessBuilder builder = new ProcessBuilder(REPMYSQL.toString(), "watch", "-f", file.toString())
                .redirectErrorStream(true);
        builder.environment().put(SecretStore.STATE_DIR_ENV, stateRoot.toString());
        watch = builder.start();
        Thread reader = new Thread(() -> {
            try (BufferedReader lines = new BufferedReader(new InputStreamReader(watch.getInputStream(),
                    StandardCharsets.UTF_8))) {
                for (String line = lines.readLine(); line != null; line = lines.readLine()) {
                    long now = System.nanoTime();
                    System.out.println("[watch process, " + (now - killedAt) / 1_000_000 + " ms after the kill] " + line);
                    watchLineNanos.add(now);
                    watchLines.add(line);
                }
            } catch (IOException ignored) {
                // the process ended
            }
        }, "watch-output");
        reader.setDaemon(true);
        reader.start();
        await().atMost(Duration.ofSeconds(60)).until(() -> said("watch: HEALTHY"));
    }

    @AfterAll
    static void stopEverything() throws Exception {
        try {
            if (watch != null) {
                watch.destroy();
                if (!watch.waitFor(10, TimeUnit.SECONDS)) {
                    watch.destroyForcibly();
                }
            }
            if (provisioner != null) {
                provisioner.close();
            }
        } finally {
            removeLeftovers();
        }
    }

    @Test
    @Order(1)
    void primaryPausedForOneSecond_isNoFailover() throws Exception {
        ClusterNode primary = primary();
        DockerClient docker = provisioner.engines().defaultClient();
        try (WriteLoad load = writeLoad()) {
            awaitWrites(load, 20);
            docker.pauseContainerCmd(primary.containerName(CLUSTER)).exec();
            Thread.sleep(1_000);
            docker.unpauseContainerCmd(primary.containerName(CLUSTER)).exec();
            long unpaused = System.nanoTime();
            // Long enough for HAProxy to mark the primary down (fall checks) and watch to act, had they reacted.
            long settle = (long) CheckSpec.defaults().interMs() * (CheckSpec.defaults().fall() + 3);
            Thread.sleep(settle);
            assertThat(load.wroteSince(unpaused)).as("writes resumed after the pause").isTrue();
        }
        assertThat(watchLines).as("watch's decisions").noneMatch(line -> line.contains("FAILED_OVER")
                || line.contains("FAILOVER_FAILED"));
        assertThat(primary().name()).isEqualTo(primary.name());
        System.out.printf("[watch] 1 s pause of the primary: no failover (%s); load average %s%n", primary.name(),
                loadAverage());
        try (Connection root = root(primary); Statement statement = root.createStatement()) {
            statement.execute("TRUNCATE TABLE app.load_rows");
        }
    }

    @Test
    @Order(2)
    void primaryKilled_watchFailsOver_writesResume_noAcknowledgedWriteLost() throws Exception {
        ClusterNode old = primary();
        DockerClient docker = provisioner.engines().defaultClient();
        long outage;
        long markedDown = -1;
        String loadAtKill = "unknown";
        long killCallMillis = -1;
        System.out.println("[watch] HAProxy before the kill: " + haproxyView());
        WriteLoad load = writeLoad();
        try {
            awaitWrites(load, 50);
            // Marked before the call: the outage then includes the engine's time to deliver the kill (on a loaded
            // engine, up to hundreds of milliseconds), never less than the real one.
            killedAt = load.mark();
            docker.killContainerCmd(old.containerName(CLUSTER)).withSignal("SIGKILL").exec();
            killCallMillis = (System.nanoTime() - killedAt) / 1_000_000;
            loadAtKill = loadAverage();
            while (load.firstAcknowledgedAfterMark() < 0 && System.nanoTime() - killedAt < 30_000_000_000L) {
                if (markedDown < 0 && primaryMarkedDown(old)) {
                    markedDown = (System.nanoTime() - killedAt) / 1_000_000;
                }
                Thread.sleep(25);
            }
            outage = load.firstAcknowledgedAfterMark();
            assertThat(outage).as("a write acknowledged within 30 s of the kill").isNotNegative();
            // The failover goes on after writes flow (HAProxy reload, fencing, repointing: Docker API calls that take
            // seconds each on a loaded engine); the next test must not start before it ended.
            await().atMost(Duration.ofSeconds(120)).until(() -> said("watch: FAILED_OVER")
                    || said("watch: FAILOVER_FAILED"));
            Thread.sleep(500);
        } finally {
            load.close();
        }
        ClusterNode promoted = primary();
        assertThat(promoted.name()).isNotEqualTo(old.name());
        assertThat(watchLines).anyMatch(line -> line.contains("watch: FAILED_OVER"));

        Set<Long> stored = new HashSet<>();
        try (Connection root = root(promoted); Statement statement = root.createStatement();
             ResultSet rows = statement.executeQuery("SELECT id FROM app.load_rows")) {
            while (rows.next()) {
                stored.add(rows.getLong(1));
            }
        }
        Set<Long> lost = new HashSet<>(load.acknowledged());
        lost.removeAll(stored);
        System.out.printf("[watch] kill -9 phases, ms after the kill: HAProxy marked %s down %d; watch decided %d; "
                + "promoted replica writable %d; first acknowledged write %d; HAProxy reloaded %d; failover ended %d; "
                + "load average at the kill %s; the kill call itself took %d%n", old.name(), markedDown, saidAt("failing over"),
                saidAt("is writable after"), outage, saidAt("HAProxy reloaded"), saidAt("watch: FAILED_OVER"),
                loadAtKill, killCallMillis);
        System.out.printf("[watch] kill -9 of %s: first acknowledged write after %d ms (on %s); acknowledged=%d "
                + "lost=%d client errors=%d%n", old.name(), outage, promoted.name(), load.acknowledged().size(),
                lost.size(), load.errors());
        assertThat(lost).as("acknowledged writes missing on the new primary").isEmpty();
        assertThat(outage).as("ms from kill -9 to the first acknowledged write").isLessThanOrEqualTo(OUTAGE_BOUND_MILLIS);
    }

    private static boolean primaryMarkedDown(ClusterNode primary) {
        try {
            return new HaproxyHealth(context, TopologyStore.loadRunning(context)).client().servers().stream()
                    .anyMatch(r -> r.proxy().equals(Proxies.WRITE) && r.server().equals(primary.name()) && !r.up());
        } catch (IOException e) {
            return false;
        }
    }

    /** Milliseconds after the kill at which watch's first line containing {@code text} arrived, or -1. */
    private static long saidAt(String text) {
        for (int i = 0; i < watchLines.size(); i++) {
            if (watchLines.get(i).contains(text) && watchLineNanos.get(i) > killedAt) {
                return (watchLineNanos.get(i) - killedAt) / 1_000_000;
            }
        }
        return -1;
    }

    /** The 1-minute load average, which the figures depend on. */
    static String loadAverage() {
        try {
            return Files.readString(Path.of("/proc/loadavg")).split(" ")[0];
        } catch (IOException e) {
            return "unknown";
        }
    }

    private static void awaitWrites(WriteLoad load, int count) {
        try {
            await().atMost(Duration.ofSeconds(10)).until(() -> load.acknowledged().size() > count);
        } catch (ConditionTimeoutException e) {
            throw new AssertionError(load.acknowledged().size() + " writes acknowledged in 10 s, " + load.errors()
                    + " errors, the last: " + load.lastError() + "; HAProxy: " + haproxyView(), e);
        }
    }

    private static String haproxyView() {
        try {
            return new HaproxyHealth(context, TopologyStore.loadRunning(context)).client().servers().stream()
                    .map(r -> r.proxy() + "/" + r.server() + "=" + r.status() + "(" + r.check() + ")").toList()
                    .toString();
        } catch (IOException e) {
            return e.toString();
        }
    }

    @Test
    @Order(3)
    void secondPrimaryLost_insideTheAntiFlapWindow_isNotFailedOver() throws Exception {
        ClusterNode current = primary();
        provisioner.engines().defaultClient().killContainerCmd(current.containerName(CLUSTER)).exec();

        await().atMost(Duration.ofSeconds(30)).until(() -> said("watch: SUPPRESSED"));
        assertThat(primary().name()).as("no second failover inside the window").isEqualTo(current.name());
        assertThat(watchLines.stream().filter(line -> line.contains("watch: FAILED_OVER")).count()).isEqualTo(1);
    }

    private static WriteLoad writeLoad() {
        var haproxy = context.spec().haproxy();
        return new WriteLoad("jdbc:mysql://127.0.0.1:" + haproxy.writePort() + "/app?allowPublicKeyRetrieval=true"
                + "&sslMode=DISABLED&connectTimeout=2000", context.spec().users().app().name(),
                context.secrets().appPassword());
    }

    private static ClusterNode primary() {
        return TopologyStore.loadRunning(context).primary();
    }

    private static Connection root(ClusterNode node) throws java.sql.SQLException {
        return ReplicationAdmin.connect("127.0.0.1", node.port(), "root", context.secrets().rootPassword());
    }

    private static boolean said(String text) {
        return watchLines.stream().anyMatch(line -> line.contains(text));
    }

    private static void removeLeftovers() throws IOException {
        try (var docker = DockerEngines.open()) {
            new ClusterResources(docker).remove(CLUSTER, true);
        }
    }
}
