package io.repmysql.provisioner.cli;

import io.repmysql.provisioner.cluster.ClusterContext;
import io.repmysql.provisioner.spec.ClusterNames;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;

/**
 * The demo app as a child JVM. The passwords go by environment ({@code SPRING_DATASOURCE_PASSWORD},
 * {@code REPMYSQL_STATS_PASSWORD}, {@code REPMYSQL_ADMIN_PASSWORD}), never on its command line, where {@code ps}
 * would show them. The admin account (root) is for the cluster page's replica delay switch only.
 */
final class DemoAppProcess {

    private final Process process;
    private final int port;
    private final Path log;

    private DemoAppProcess(Process process, int port, Path log) {
        this.process = process;
        this.port = port;
        this.log = log;
    }

    /**
     * Starts instance {@code instance} (1, 2, …) on {@code port}; each has its own log, {@code demo-app.log},
     * {@code demo-app-2.log}…
     */
    static DemoAppProcess start(Path jar, int port, int instance, ClusterContext context) throws IOException {
        var spec = context.spec();
        var haproxy = spec.haproxy();
        String url = ClusterNames.repmysqlUrl(haproxy.bindAddress(), haproxy.writePort(), spec.database(),
                haproxy.readPort()) + "&consistency=causal&consistencyTimeoutMs=5000";
        String java = ProcessHandle.current().info().command().orElse("java");
        ProcessBuilder builder = new ProcessBuilder(java, "-jar", jar.toString(), "--server.port=" + port,
                "--server.address=127.0.0.1", "--spring.datasource.url=" + url,
                "--spring.datasource.username=" + spec.users().app().name(),
                "--repmysql.stats.url=" + ClusterNames.statsPage(haproxy.bindAddress(), haproxy.statsPort()),
                "--repmysql.stats.user=" + context.secrets().statsUser(),
                "--repmysql.stats.topology-file=" + context.stateDir().resolve("topology.json"),
                "--repmysql.admin.user=" + spec.users().root().name());
        builder.environment().put("SPRING_DATASOURCE_PASSWORD", context.secrets().appPassword());
        builder.environment().put("REPMYSQL_STATS_PASSWORD", context.secrets().statsPassword());
        builder.environment().put("REPMYSQL_ADMIN_PASSWORD", context.secrets().rootPassword());
        Path log = context.stateDir().resolve(instance == 1 ? "demo-app.log" : "demo-app-" + instance + ".log");
        builder.redirectErrorStream(true).redirectOutput(log.toFile());
        DemoCommand.say("starting the demo app" + (instance == 1 ? "" : " (instance " + instance + ")")
                + " on 127.0.0.1:" + port + ", log " + log);
        return new DemoAppProcess(builder.start(), port, log);
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

    /** Blocks until one of {@code apps} exits, and answers it. */
    static DemoAppProcess firstToExit(List<DemoAppProcess> apps) throws InterruptedException {
        CompletableFuture<?>[] exits = apps.stream().map(app -> app.process.onExit()).toArray(CompletableFuture[]::new);
        try {
            CompletableFuture.anyOf(exits).get();
        } catch (ExecutionException e) {
            throw new IllegalStateException("waiting for the demo app failed", e.getCause());
        }
        return apps.stream().filter(app -> !app.process.isAlive()).findFirst().orElseThrow();
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
