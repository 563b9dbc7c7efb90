package io.repmysql.benchmarks.load;

import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;

import io.repmysql.provisioner.cluster.ClusterContext;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code bin/repmysql bench}: the end-to-end load harness against a running cluster. */
@Command(name = "bench", mixinStandardHelpOptions = true, exitCodeListHeading = "%nExit codes:%n",
        exitCodeList = {" 0:every contender ran without errors", " 1:a contender saw errors",
                " 2:a command-line error, or the cluster does not answer"},
        description = {"Point select, an 80/20 read/write mix and updates only against a running cluster, in three "
                + "application shapes (held connection preparing per operation, HikariCP borrow per operation, "
                + "statements prepared once), comparing raw Connector/J on each port, MariaDB Connector/J's "
                + "replication URL with setReadOnly hints, jdbc:repmysql (consistency none, or causal as "
                + "REPMYSQL_CAUSAL), and sysbench's "
                + "oltp_point_select (C client) on the read port; warm-up until steady, interleaved rounds, "
                + "medians of same-round ratios.",
                "Start the cluster first: bin/repmysql up -f FILE. Prints Markdown tables on stdout."})
public final class BenchMain implements Callable<Integer> {

    @Option(names = {"-f", "--file"}, paramLabel = "FILE", defaultValue = "repmysql.yaml",
            description = "The cluster file the cluster was started from (default: ${DEFAULT-VALUE}).")
    Path file;

    @Option(names = "--threads", defaultValue = "2", description = "Client threads = pool size (default: ${DEFAULT-VALUE}).")
    int threads;

    @Option(names = "--seconds", defaultValue = "5", description = "Seconds per contender per round (default: ${DEFAULT-VALUE}).")
    double seconds;

    @Option(names = "--rounds", defaultValue = "5", description = "Measured rounds (default: ${DEFAULT-VALUE}).")
    int rounds;

    @Option(names = "--warmup", defaultValue = "3",
            description = "Least warm-up seconds per contender, workload and shape; goes on until steady, "
                    + "up to 3 times as long (default: ${DEFAULT-VALUE}).")
    double warmup;

    @Option(names = "--rows", defaultValue = "10000", description = "Rows in sbtest1 (default: ${DEFAULT-VALUE}).")
    int rows;

    @Option(names = "--workloads", split = ",", defaultValue = "POINT_SELECT,MIX_80_20,UPDATES",
            description = "Any of ${COMPLETION-CANDIDATES} (default: ${DEFAULT-VALUE}).")
    List<Workload> workloads;

    @Option(names = "--shapes", split = ",", defaultValue = "HELD,POOLED,REUSED",
            description = "Any of ${COMPLETION-CANDIDATES} (default: ${DEFAULT-VALUE}).")
    List<Shape> shapes;

    @Option(names = "--contenders", split = ",",
            defaultValue = "RAW_READ,RAW_WRITE,MARIADB_REPLICATION,REPMYSQL,SYSBENCH",
            description = "Any of ${COMPLETION-CANDIDATES} (default: ${DEFAULT-VALUE}; SYSBENCH needs the sysbench "
                    + "command; RAW_WRITE_SEMI_SYNC switches the primary's semi-sync on for its rounds and off for "
                    + "the others', on a cluster started with replication: { semiSync: true }, and adds a table of "
                    + "latency ratios against RAW_WRITE).")
    List<Contender> contenders;

    @Option(names = "--variant", defaultValue = "", paramLabel = "KEY=VALUE[&...]",
            description = "Connector/J properties the REPMYSQL_VARIANT contender adds to jdbc:repmysql's URL, "
                    + "e.g. useServerPrepStmts=true.")
    String variant;

    @Option(names = "--replica-lag-ms", defaultValue = "0", paramLabel = "MS",
            description = "Keep the replicas MS milliseconds behind for the run: their replication connection goes "
                    + "through a delaying relay in this process (network: host clusters; 0: off, the default).")
    int replicaLagMs;

    public static void main(String[] args) {
        // HikariCP's start and stop lines would bury the progress lines on stderr.
        System.setProperty("org.slf4j.simpleLogger.log.com.zaxxer.hikari", "warn");
        System.exit(new CommandLine(new BenchMain())
                .setExecutionExceptionHandler((e, commandLine, parsed) -> {
                    // The message names the problem and the fix; a stack trace would bury it.
                    commandLine.getErr().println("[bench] " + e.getMessage());
                    return 2;
                })
                .execute(args));
    }

    @Override
    public Integer call() throws Exception {
        LoadOptions options = new LoadOptions(threads, seconds, rounds, warmup, rows, workloads, shapes, contenders,
                variant);
        ClusterContext context = Endpoints.contextOf(file);
        Endpoints endpoints = Endpoints.of(context);
        System.err.println("[bench] " + endpoints);
        LoadReport report;
        if (replicaLagMs > 0) {
            try (ReplicationLag lag = ReplicationLag.start(context, replicaLagMs)) {
                System.err.println("[bench] replicas kept " + replicaLagMs + " ms behind");
                report = new LoadHarness(endpoints, options, line -> System.err.println("[bench] " + line)).run();
            }
            System.out.printf("Replicas kept %d ms behind the primary (their replication connection through a "
                    + "delaying relay).%n%n", replicaLagMs);
        } else {
            report = new LoadHarness(endpoints, options, line -> System.err.println("[bench] " + line)).run();
        }
        System.out.print(report.markdown());
        return report.errors() == 0 && (report.writerCheck() == null || report.writerCheck().opensNoWriter()) ? 0 : 1;
    }
}
