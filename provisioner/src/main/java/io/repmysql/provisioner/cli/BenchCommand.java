package io.repmysql.provisioner.cli;

import picocli.CommandLine.Command;
import picocli.CommandLine.Unmatched;

import java.util.List;
import java.util.concurrent.Callable;

/**
 * {@code bench} is listed here so that {@code --help} shows every command, but it runs from the benchmarks jar,
 * which carries the drivers it compares; {@code bin/repmysql bench} starts that jar directly.
 */
@Command(name = "bench", mixinStandardHelpOptions = true, exitCodeListHeading = "%nExit codes:%n",
        exitCodeList = {" 0:every contender ran without errors", " 1:a contender saw errors",
                " 2:a command-line error, or the cluster does not answer"},
        description = {"Load harness against a running cluster: point select, an 80/20 read/write mix and updates "
                + "only, in three application shapes, raw Connector/J, MariaDB's replication URL and sysbench's C "
                + "client compared with jdbc:repmysql; prints Markdown tables.",
                "Run it as bin/repmysql bench [-f FILE] [OPTIONS]; bin/repmysql bench --help lists its options."})
final class BenchCommand implements Callable<Integer> {

    @Unmatched
    List<String> arguments;

    @Override
    public Integer call() {
        throw new IllegalStateException("bench runs from the benchmarks jar: run bin/repmysql bench"
                + (arguments == null || arguments.isEmpty() ? "" : " " + String.join(" ", arguments))
                + " (bin/repmysql builds that jar when it is missing)");
    }
}
