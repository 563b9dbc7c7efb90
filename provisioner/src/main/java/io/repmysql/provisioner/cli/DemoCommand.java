package io.repmysql.provisioner.cli;

import com.github.dockerjava.api.model.Container;
import io.repmysql.provisioner.cluster.ClusterContext;
import io.repmysql.provisioner.cluster.ClusterProvisioner;
import io.repmysql.provisioner.cluster.TopologyStore;
import io.repmysql.provisioner.docker.ClusterResources;
import io.repmysql.provisioner.docker.DockerEngines;
import io.repmysql.provisioner.docker.FreePorts;
import io.repmysql.provisioner.secrets.SecretStore;
import io.repmysql.provisioner.spec.ClusterSpec;
import io.repmysql.provisioner.spec.Flavor;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.CopyOnWriteArrayList;

@Command(name = "demo", mixinStandardHelpOptions = true, exitCodeListHeading = "%nExit codes:%n",
        exitCodeList = {" 0:stopped by Ctrl-C, or the app exited cleanly",
                " 1:the cluster or the app did not start, or the app failed", ExitCodes.USAGE},
        description = "The main job: start the default cluster (1 primary + 3 replicas behind "
        + "HAProxy) and the demo web app, print their URLs, and on Ctrl-C stop both (data volumes are kept). "
        + "With --instances 2 a second app on the next free port shows read-your-writes across instances: a post "
        + "written on one is listed at once on the other, through the RepMySQL-Causal-Token cookie.")
final class DemoCommand implements Callable<Integer> {

    static final String DEMO_JAR_PROPERTY = "repmysql.demoJar";
    static final String PORTS_FILE = "demo-ports.properties";
    static final Duration APP_START_TIMEOUT = Duration.ofSeconds(180);
    static final int MAX_INSTANCES = 4;

    @Option(names = "--keep", description = "Leave the cluster running when the demo stops (Ctrl-C stops the app "
            + "only); the next demo reuses it.")
    boolean keep;

    @Option(names = "--app-port", paramLabel = "PORT", defaultValue = "8081",
            description = "The web app's port, or the next free one above it (default: ${DEFAULT-VALUE}).")
    int appPort;

    @Option(names = "--instances", paramLabel = "N", defaultValue = "1",
            description = "How many app instances to run, each on the next free port from --app-port up "
                    + "(1 to " + MAX_INSTANCES + "; default: ${DEFAULT-VALUE}).")
    int instances;

    @Option(names = "--flavor", paramLabel = "mariadb|mysql", defaultValue = DemoFlavor.DEFAULT,
            description = "The server the cluster runs: mariadb (default) or mysql. The kept data volumes belong to "
                    + "one flavor: switching needs bin/repmysql down --volumes first.")
    String flavor;

    @Spec
    CommandSpec command;

    @Option(names = "--jar", paramLabel = "FILE", description = "The demo app's jar (bin/repmysql passes it).")
    Path jar;

    @Override
    public Integer call() throws Exception {
        long start = System.nanoTime();
        if (instances < 1 || instances > MAX_INSTANCES) {
            throw new ParameterException(command.commandLine(), "--instances " + instances + ": use 1 to "
                    + MAX_INSTANCES);
        }
        Path appJar = appJar();
        Flavor wanted = DemoFlavor.parse(flavor);
        ClusterSpec defaults = DemoFlavor.apply(ClusterSpec.defaults(), wanted);
        Path stateDir = SecretStore.stateDir(defaults.name());
        boolean running = isRunning(defaults.name());
        DemoFlavor.requireSameAsKept(wanted, stateDir, running || TopologyStore.isStored(stateDir));
        ClusterSpec spec = running ? DemoPorts.kept(defaults, stateDir) : DemoPorts.choose(defaults, stateDir);
        ClusterContext context = new ClusterContext(spec, SecretStore.loadOrCreate(stateDir, spec), stateDir,
                line -> System.err.println("[" + spec.name() + "] " + line));
        boolean stopCluster = !running && !keep;
        AtomicBoolean stopping = new AtomicBoolean();
        List<DemoAppProcess> apps = new CopyOnWriteArrayList<>();
        Thread cleanup = new Thread(() -> {
            stopping.set(true);
            stop(apps, context, stopCluster);
            // Ctrl-C is how a demo ends, not a failure: exit 0 rather than the JVM's 130.
            Runtime.getRuntime().halt(0);
        }, "repmysql-demo-stop");
        Runtime.getRuntime().addShutdownHook(cleanup);
        try {
            if (running) {
                say("cluster " + spec.name() + " is already running: reusing it (and leaving it running afterwards)");
            } else {
                // Saved first: a cluster whose up failed half-way still has data volumes of this flavor.
                DemoPorts.save(spec, stateDir);
                try (ClusterProvisioner provisioner = new ClusterProvisioner(context)) {
                    provisioner.up();
                }
            }
            int port = appPort;
            for (int instance = 1; instance <= instances; instance++) {
                port = FreePorts.preferOrNext(port);
                apps.add(DemoAppProcess.start(appJar, port, instance, context));
                port++;
            }
            for (DemoAppProcess app : apps) {
                app.awaitHttp(APP_START_TIMEOUT);
            }
        } catch (RuntimeException e) {
            awaitHaltWhen(stopping);
            Runtime.getRuntime().removeShutdownHook(cleanup);
            stop(apps, context, stopCluster);
            throw e;
        }
        printReady(context, apps, (System.nanoTime() - start) / 1_000_000_000, stopCluster);
        DemoAppProcess exited = DemoAppProcess.firstToExit(apps);
        int exit = exited.waitFor();
        awaitHaltWhen(stopping);
        Runtime.getRuntime().removeShutdownHook(cleanup);
        say("the demo app on " + exited.url() + " stopped by itself (exit " + exit + "); its log: " + exited.log());
        stop(apps, context, stopCluster);
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

    private static void printReady(ClusterContext context, List<DemoAppProcess> apps, long seconds,
                                   boolean stopCluster) {
        var haproxy = context.spec().haproxy();
        System.out.println();
        System.out.println("repmysql demo is ready after " + seconds + " s");
        for (DemoAppProcess app : apps) {
            System.out.println("  app      " + app.url() + "   (log: " + app.log() + ")");
        }
        if (apps.size() > 1) {
            System.out.println("           a post written on one instance is listed at once on the others (the "
                    + "RepMySQL-Causal-Token cookie); delay the replicas on the cluster page to see the reads wait");
        }
        System.out.println("  cluster  " + context.name() + " (" + context.spec().flavor().yamlName()
                + "): 1 primary + " + context.spec().replicas().size() + " replicas; HAProxy write 127.0.0.1:"
                + haproxy.writePort() + ", read 127.0.0.1:" + haproxy.readPort());
        System.out.println("  stats    http://127.0.0.1:" + haproxy.statsPort() + "/stats   (user "
                + context.secrets().statsUser() + ", stats.password in "
                + context.stateDir().resolve(SecretStore.FILE_NAME) + ")");
        System.out.println("  JDBC     " + Summary.url(context) + "   (app.password in the same file)");
        System.out.println(stopCluster
                ? "Ctrl-C stops the app and the cluster (data volumes are kept: the posts are there next time)."
                : "Ctrl-C stops the app; the cluster keeps running (bin/repmysql down stops it).");
        System.out.flush();
    }

    private static void stop(List<DemoAppProcess> apps, ClusterContext context, boolean stopCluster) {
        for (DemoAppProcess app : apps) {
            say("stopping the demo app on " + app.url());
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

    static void say(String line) {
        System.err.println("[demo] " + line);
    }
}
