package io.repmysql.provisioner.cli;

import com.github.dockerjava.api.model.Container;
import io.repmysql.provisioner.cluster.ClusterContext;
import io.repmysql.provisioner.cluster.ClusterNode;
import io.repmysql.provisioner.cluster.ClusterProvisioner;
import io.repmysql.provisioner.cluster.TopologyStore;
import io.repmysql.provisioner.docker.ClusterResources;
import io.repmysql.provisioner.docker.DockerEngines;
import io.repmysql.provisioner.docker.FreePorts;
import io.repmysql.provisioner.secrets.SecretStore;
import io.repmysql.provisioner.spec.ClusterSpec;
import io.repmysql.provisioner.spec.NodeSpec;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Properties;
import java.util.Set;
import java.util.concurrent.Callable;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicReference;

@Command(name = "demo", description = "The main job: start the default cluster (1 primary + 3 replicas behind "
        + "HAProxy) and the demo web app, print their URLs, and on Ctrl-C stop both (data volumes are kept).")
final class DemoCommand implements Callable<Integer> {

    static final String DEMO_JAR_PROPERTY = "repmysql.demoJar";
    static final String PORTS_FILE = "demo-ports.properties";
    static final Duration APP_START_TIMEOUT = Duration.ofSeconds(180);

    @Option(names = "--keep", description = "Leave the cluster running when the demo stops (Ctrl-C stops the app "
            + "only); the next demo reuses it.")
    boolean keep;

    @Option(names = "--app-port", paramLabel = "PORT", defaultValue = "8081",
            description = "The web app's port, or the next free one above it (default: ${DEFAULT-VALUE}).")
    int appPort;

    @Option(names = "--jar", paramLabel = "FILE", description = "The demo app's jar (bin/repmysql passes it).")
    Path jar;

    @Override
    public Integer call() throws Exception {
        long start = System.nanoTime();
        Path appJar = appJar();
        ClusterSpec defaults = ClusterSpec.defaults();
        Path stateDir = SecretStore.stateDir(defaults.name());
        boolean running = isRunning(defaults.name());
        ClusterSpec spec = running ? Ports.kept(defaults, stateDir) : Ports.choose(defaults, stateDir);
        ClusterContext context = new ClusterContext(spec, SecretStore.loadOrCreate(stateDir, spec), stateDir,
                line -> System.err.println("[" + spec.name() + "] " + line));
        boolean stopCluster = !running && !keep;
        AtomicBoolean stopping = new AtomicBoolean();
        AtomicReference<AppProcess> app = new AtomicReference<>();
        Thread cleanup = new Thread(() -> {
            stopping.set(true);
            stop(app.get(), context, stopCluster);
            // Ctrl-C is how a demo ends, not a failure: exit 0 rather than the JVM's 130.
            Runtime.getRuntime().halt(0);
        }, "repmysql-demo-stop");
        Runtime.getRuntime().addShutdownHook(cleanup);
        try {
            if (running) {
                say("cluster " + spec.name() + " is already running: reusing it (and leaving it running afterwards)");
            } else {
                try (ClusterProvisioner provisioner = new ClusterProvisioner(context)) {
                    provisioner.up();
                }
                Ports.save(spec, stateDir);
            }
            app.set(AppProcess.start(appJar, FreePorts.preferOrNext(appPort), context));
            app.get().awaitHttp(APP_START_TIMEOUT);
        } catch (RuntimeException e) {
            awaitHaltWhen(stopping);
            Runtime.getRuntime().removeShutdownHook(cleanup);
            stop(app.get(), context, stopCluster);
            throw e;
        }
        printReady(context, app.get(), (System.nanoTime() - start) / 1_000_000_000, stopCluster);
        int exit = app.get().waitFor();
        awaitHaltWhen(stopping);
        Runtime.getRuntime().removeShutdownHook(cleanup);
        say("the demo app stopped by itself (exit " + exit + "); its log: " + app.get().log());
        stop(app.get(), context, stopCluster);
        return exit == 0 ? 0 : 1;
    }

    /** While the shutdown hook stops everything, this thread only waits for it to end the JVM. */
    private static void awaitHaltWhen(AtomicBoolean stopping) throws InterruptedException {
        if (stopping.get()) {
            Thread.currentThread().join();
        }
    }

    private Path appJar() {
        Path path = jar != null ? jar
                : System.getProperty(DEMO_JAR_PROPERTY) != null ? Path.of(System.getProperty(DEMO_JAR_PROPERTY)) : null;
        if (path == null || !Files.isRegularFile(path)) {
            throw new IllegalArgumentException("the demo app's jar " + (path == null ? "is not known" : path
                    + " does not exist") + ": run bin/repmysql demo (it builds demo-app), or pass --jar FILE");
        }
        return path;
    }

    private static boolean isRunning(String cluster) {
        try (var docker = DockerEngines.open()) {
            List<Container> containers = new ClusterResources(docker).containers(cluster);
            if (containers.isEmpty()) {
                return false;
            }
            List<String> stopped = containers.stream().filter(c -> !"running".equals(c.getState()))
                    .map(c -> c.getNames()[0].replaceFirst("^/", "")).toList();
            if (!stopped.isEmpty()) {
                throw new IllegalStateException("cluster " + cluster + " has stopped containers " + stopped
                        + ": run bin/repmysql down (data is kept), then bin/repmysql demo again");
            }
            return true;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void printReady(ClusterContext context, AppProcess app, long seconds, boolean stopCluster) {
        var haproxy = context.spec().haproxy();
        System.out.println();
        System.out.println("repmysql demo is ready after " + seconds + " s");
        System.out.println("  app      " + app.url() + "   (log: " + app.log() + ")");
        System.out.println("  cluster  " + context.name() + ": 1 primary + " + context.spec().replicas().size()
                + " replicas; HAProxy write 127.0.0.1:" + haproxy.writePort() + ", read 127.0.0.1:"
                + haproxy.readPort());
        System.out.println("  stats    http://127.0.0.1:" + haproxy.statsPort() + "/stats   (user "
                + context.secrets().statsUser() + ", stats.password in "
                + context.stateDir().resolve(SecretStore.FILE_NAME) + ")");
        System.out.println("  JDBC     " + Summary.url(context) + "   (app.password in the same file)");
        System.out.println(stopCluster
                ? "Ctrl-C stops the app and the cluster (data volumes are kept: the posts are there next time)."
                : "Ctrl-C stops the app; the cluster keeps running (bin/repmysql down stops it).");
        System.out.flush();
    }

    private static void stop(AppProcess app, ClusterContext context, boolean stopCluster) {
        if (app != null) {
            say("stopping the demo app");
            app.stop();
        }
        if (stopCluster) {
            say("stopping cluster " + context.name() + " (data volumes kept; bin/repmysql down --volumes removes them)");
            try (ClusterProvisioner provisioner = new ClusterProvisioner(context)) {
                provisioner.down(false);
            }
        }
        say("stopped");
    }

    private static void say(String line) {
        System.err.println("[demo] " + line);
    }

    /**
     * The demo's ports: the documented ones when free, else the next free ones, never two alike; a node's agent
     * port ({@link ClusterNode#agentPortFor}) must be free too. Saved in the state directory so a later demo can
     * reuse the running cluster.
     */
    static final class Ports {

        private Ports() {
        }

        static ClusterSpec choose(ClusterSpec defaults, Path stateDir) {
            Set<Integer> taken = new HashSet<>();
            var haproxy = defaults.haproxy();
            int write = pick(haproxy.writePort(), taken, false);
            int read = pick(haproxy.readPort(), taken, false);
            int stats = pick(haproxy.statsPort(), taken, false);
            say("HAProxy ports: write " + said(write, haproxy.writePort()) + ", read " + said(read, haproxy.readPort())
                    + ", stats " + said(stats, haproxy.statsPort()));
            ClusterSpec spec = defaults.withHaproxy(haproxy.withPorts(write, read, stats));
            var kept = TopologyStore.load(stateDir);
            if (kept.isPresent()) {
                // The data volumes of the last demo are still there, and up resumes its nodes on their old ports.
                for (ClusterNode node : kept.get().nodes()) {
                    if (!FreePorts.isFree(node.port())) {
                        throw new IllegalStateException("port " + node.port() + " of " + node.containerName(
                                defaults.name()) + " (kept from the last demo) is in use: free it, or start afresh "
                                + "with bin/repmysql down --volumes (the posts are lost)");
                    }
                }
                return spec;
            }
            List<NodeSpec> nodes = new ArrayList<>();
            for (NodeSpec node : defaults.nodes()) {
                nodes.add(node.withPort(pick(node.port(), taken, true)));
            }
            say("node ports: " + nodes.stream().map(n -> Integer.toString(n.port())).toList()
                    + (nodes.equals(defaults.nodes()) ? "" : " (some documented ones were in use)"));
            return new ClusterSpec(spec.name(), spec.flavor(), spec.images(), spec.network(), spec.database(),
                    spec.users(), nodes.get(0), nodes.subList(1, nodes.size()), spec.writeBackup(),
                    spec.replication(), spec.haproxy());
        }

        /** The ports of the demo cluster that is running, as the demo that started it saved them. */
        static ClusterSpec kept(ClusterSpec defaults, Path stateDir) throws IOException {
            Path file = stateDir.resolve(PORTS_FILE);
            if (!Files.exists(file)) {
                return defaults;
            }
            Properties ports = new Properties();
            try (var in = Files.newInputStream(file)) {
                ports.load(in);
            }
            var haproxy = defaults.haproxy();
            return defaults.withHaproxy(haproxy.withPorts(
                    Integer.parseInt(ports.getProperty("writePort", Integer.toString(haproxy.writePort()))),
                    Integer.parseInt(ports.getProperty("readPort", Integer.toString(haproxy.readPort()))),
                    Integer.parseInt(ports.getProperty("statsPort", Integer.toString(haproxy.statsPort())))));
        }

        static void save(ClusterSpec spec, Path stateDir) throws IOException {
            Properties ports = new Properties();
            ports.setProperty("writePort", Integer.toString(spec.haproxy().writePort()));
            ports.setProperty("readPort", Integer.toString(spec.haproxy().readPort()));
            ports.setProperty("statsPort", Integer.toString(spec.haproxy().statsPort()));
            Files.createDirectories(stateDir);
            try (var out = Files.newOutputStream(stateDir.resolve(PORTS_FILE))) {
                ports.store(out, "HAProxy ports of the running demo cluster");
            }
        }

        private static int pick(int preferred, Set<Integer> taken, boolean withAgent) {
            int port = preferred;
            while (taken.contains(port) || !FreePorts.isFree(port)
                    || withAgent && (taken.contains(ClusterNode.agentPortFor(port))
                    || !FreePorts.isFree(ClusterNode.agentPortFor(port)))) {
                port = FreePorts.preferOrNext(port + 1);
            }
            taken.add(port);
            if (withAgent) {
                taken.add(ClusterNode.agentPortFor(port));
            }
            return port;
        }

        private static String said(int chosen, int preferred) {
            return chosen == preferred ? Integer.toString(chosen) : chosen + " (" + preferred + " is in use)";
        }
    }

    /**
     * The demo app as a child JVM. The passwords go by environment ({@code SPRING_DATASOURCE_PASSWORD},
     * {@code REPMYSQL_STATS_PASSWORD}), never on its command line, where {@code ps} would show them.
     */
    static final class AppProcess {

        private final Process process;
        private final int port;
        private final Path log;

        private AppProcess(Process process, int port, Path log) {
            this.process = process;
            this.port = port;
            this.log = log;
        }

        static AppProcess start(Path jar, int port, ClusterContext context) throws IOException {
            var spec = context.spec();
            var haproxy = spec.haproxy();
            String url = "jdbc:repmysql://127.0.0.1:" + haproxy.writePort() + "/" + spec.database() + "?readPort="
                    + haproxy.readPort() + "&consistency=session";
            String java = ProcessHandle.current().info().command().orElse("java");
            ProcessBuilder builder = new ProcessBuilder(java, "-jar", jar.toString(), "--server.port=" + port,
                    "--server.address=127.0.0.1", "--spring.datasource.url=" + url,
                    "--spring.datasource.username=" + spec.users().app().name(),
                    "--repmysql.stats.url=http://127.0.0.1:" + haproxy.statsPort() + "/stats",
                    "--repmysql.stats.user=" + context.secrets().statsUser(),
                    "--repmysql.stats.topology-file=" + context.stateDir().resolve("topology.json"));
            builder.environment().put("SPRING_DATASOURCE_PASSWORD", context.secrets().appPassword());
            builder.environment().put("REPMYSQL_STATS_PASSWORD", context.secrets().statsPassword());
            Path log = context.stateDir().resolve("demo-app.log");
            builder.redirectErrorStream(true).redirectOutput(log.toFile());
            say("starting the demo app on 127.0.0.1:" + port + (port == 8081 ? "" : " (8081 is in use)")
                    + ", log " + log);
            return new AppProcess(builder.start(), port, log);
        }

        String url() {
            return "http://127.0.0.1:" + port + "/";
        }

        Path log() {
            return log;
        }

        /** Waits until the app's first page answers 200, keeping the last failure as the cause. */
        void awaitHttp(Duration timeout) throws InterruptedException {
            HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();
            long deadline = System.nanoTime() + timeout.toNanos();
            Exception last = null;
            while (System.nanoTime() < deadline) {
                if (!process.isAlive()) {
                    throw new IllegalStateException("the demo app exited with " + process.exitValue()
                            + " before it answered; its log: " + log + tail());
                }
                try {
                    HttpResponse<Void> response = http.send(HttpRequest.newBuilder(URI.create(url()))
                            .timeout(Duration.ofSeconds(10)).GET().build(), HttpResponse.BodyHandlers.discarding());
                    if (response.statusCode() == 200) {
                        return;
                    }
                    last = new IOException("HTTP " + response.statusCode());
                } catch (IOException e) {
                    last = e;
                }
                Thread.sleep(500);
            }
            throw new IllegalStateException("the demo app did not answer " + url() + " within " + timeout.toSeconds()
                    + " s (last: " + last + "); its log: " + log + tail(), last);
        }

        int waitFor() throws InterruptedException {
            return process.waitFor();
        }

        /** SIGTERM (Spring shuts down gracefully), then SIGKILL after 20 s. */
        void stop() {
            process.destroy();
            try {
                if (!process.waitFor(20, TimeUnit.SECONDS)) {
                    process.destroyForcibly().waitFor(5, TimeUnit.SECONDS);
                }
            } catch (InterruptedException e) {
                process.destroyForcibly();
                Thread.currentThread().interrupt();
            }
        }

        private String tail() {
            try {
                List<String> lines = Files.readAllLines(log);
                return "\n  " + String.join("\n  ", lines.subList(Math.max(0, lines.size() - 15), lines.size()));
            } catch (IOException e) {
                return "";
            }
        }
    }
}
