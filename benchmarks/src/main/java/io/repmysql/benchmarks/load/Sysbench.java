package io.repmysql.benchmarks.load;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.HdrHistogram.Histogram;

/**
 * The physical limit of the read path: sysbench's {@code oltp_point_select} (the C client, text protocol through
 * {@code --db-ps-mode=disable}) on the same read port, table and threads, for one round. Its query is the point
 * select's. Its CPU is the children's time bash's {@code times} reports, so it compares with the JVM's.
 */
final class Sysbench {

    static final String COMMAND = "sysbench";
    private static final Pattern QUERIES = Pattern.compile("queries:\\s+(\\d+)");
    private static final Pattern TOTAL_TIME = Pattern.compile("total time:\\s+([0-9.]+)s");
    private static final Pattern CHILD_TIMES = Pattern.compile("(\\d+)m([0-9.]+)s (\\d+)m([0-9.]+)s\\s*$");

    private Sysbench() {
    }

    /** True when the sysbench command is on the PATH (Debian: apt-get install sysbench). */
    static boolean installed() {
        for (String dir : System.getenv().getOrDefault("PATH", "").split(":")) {
            if (!dir.isEmpty() && Files.isExecutable(Path.of(dir, COMMAND))) {
                return true;
            }
        }
        return false;
    }

    static RoundResult run(int round, Shape shape, Endpoints endpoints, int threads, long nanos, int rows)
            throws IOException, InterruptedException {
        long seconds = Math.max(1, Math.round(nanos / 1e9));
        // The password goes in a file only this user can read, never on a command line others can list.
        Path config = Files.createTempFile("repmysql-sysbench", ".cfg",
                PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rw-------")));
        try {
            Files.writeString(config, String.join("\n", List.of("db-driver=mysql", "mysql-host=" + endpoints.host(),
                    "mysql-port=" + endpoints.readPort(), "mysql-user=" + endpoints.user(),
                    "mysql-password=" + endpoints.password(), "mysql-db=" + endpoints.database(), "tables=1",
                    "table-size=" + rows, "threads=" + threads, "time=" + seconds, "db-ps-mode=disable",
                    "rand-type=uniform", "percentile=99", "")), StandardCharsets.UTF_8);
            Process process = new ProcessBuilder("bash", "-c", "\"$@\"; status=$?; times; exit $status", "sysbench",
                    COMMAND, "--config-file=" + config, "oltp_point_select", "run")
                    .redirectErrorStream(true).start();
            String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
            int status = process.waitFor();
            return parse(round, shape, output, status);
        } finally {
            Files.deleteIfExists(config);
        }
    }

    static RoundResult parse(int round, Shape shape, String output, int status) {
        Matcher queries = QUERIES.matcher(output);
        Matcher time = TOTAL_TIME.matcher(output);
        Matcher cpu = CHILD_TIMES.matcher(output.strip());
        Histogram none = new Histogram(Round.HIGHEST_MICROS, 3);
        if (status != 0 || !queries.find() || !time.find()) {
            String last = output.strip().lines().reduce((a, b) -> b).orElse("no output");
            return new RoundResult(round, Contender.SYSBENCH, Workload.POINT_SELECT, shape, 0, 1, none, none, 0, 1,
                    "sysbench exited " + status + ": " + last);
        }
        long cpuNanos = cpu.find() ? (long) ((Long.parseLong(cpu.group(1)) * 60 + Double.parseDouble(cpu.group(2))
                + Long.parseLong(cpu.group(3)) * 60 + Double.parseDouble(cpu.group(4))) * 1e9) : 0;
        return new RoundResult(round, Contender.SYSBENCH, Workload.POINT_SELECT, shape,
                Long.parseLong(queries.group(1)), (long) (Double.parseDouble(time.group(1)) * 1e9), none, none, cpuNanos,
                0, null);
    }
}
