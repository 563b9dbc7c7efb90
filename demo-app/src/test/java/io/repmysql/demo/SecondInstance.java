package io.repmysql.demo;

import java.io.IOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

/**
 * Another instance of the demo app in its own JVM, from the packaged jar, as {@code bin/repmysql demo --instances 2}
 * starts it: its own driver, so its own causal position; only the token links it to the first.
 */
final class SecondInstance implements AutoCloseable {

    private final Process process;
    private final int port;
    private final Path log;

    private SecondInstance(Process process, int port, Path log) {
        this.process = process;
        this.port = port;
        this.log = log;
    }

    /** Starts the jar with {@code properties} (as --key=value) and {@code environment}; waits until "/" answers. */
    static SecondInstance start(Map<String, String> properties, Map<String, String> environment)
            throws IOException, InterruptedException {
        int port;
        try (ServerSocket free = new ServerSocket(0)) {
            port = free.getLocalPort();
        }
        List<String> command = new ArrayList<>(List.of(ProcessHandle.current().info().command().orElse("java"),
                "-jar", jar().toString(), "--server.port=" + port, "--server.address=127.0.0.1"));
        properties.forEach((key, value) -> command.add("--" + key + "=" + value));
        Path log = Path.of("target", "second-instance.log");
        ProcessBuilder builder = new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(log.toFile());
        builder.environment().putAll(environment);
        SecondInstance instance = new SecondInstance(builder.start(), port, log);
        instance.awaitHttp(Duration.ofSeconds(120));
        return instance;
    }

    String base() {
        return "http://127.0.0.1:" + port;
    }

    private static Path jar() throws IOException {
        try (Stream<Path> files = Files.list(Path.of("target"))) {
            return files.filter(f -> f.getFileName().toString().matches("repmysql-demo-app-.*\\.jar"))
                    .findFirst().orElseThrow(() -> new IllegalStateException("no demo app jar in target/: the ITs "
                            + "run after package (mvn verify)"));
        }
    }

    private void awaitHttp(Duration timeout) throws IOException, InterruptedException {
        HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();
        long deadline = System.nanoTime() + timeout.toNanos();
        Exception last = null;
        while (System.nanoTime() < deadline) {
            if (!process.isAlive()) {
                throw new IllegalStateException("the second instance exited with " + process.exitValue()
                        + "; its log: " + log.toAbsolutePath());
            }
            try {
                if (http.send(HttpRequest.newBuilder(URI.create(base() + "/")).build(),
                        HttpResponse.BodyHandlers.discarding()).statusCode() == 200) {
                    return;
                }
            } catch (IOException e) {
                last = e;
            }
            Thread.sleep(500);
        }
        close();
        throw new IllegalStateException("the second instance did not answer within " + timeout.toSeconds()
                + " s; its log: " + log.toAbsolutePath(), last);
    }

    @Override
    public void close() throws InterruptedException {
        process.destroy();
        if (!process.waitFor(20, TimeUnit.SECONDS)) {
            process.destroyForcibly().waitFor(5, TimeUnit.SECONDS);
        }
    }
}
