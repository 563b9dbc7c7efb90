package io.repmysql.benchmarks.load;

import java.lang.management.ManagementFactory;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import org.HdrHistogram.Histogram;

/** The outcome of one harness run, as Markdown tables: one per workload, one line per contender. */
public final class LoadReport {

    /** One contender on one workload over every measured round. */
    public record Line(Contender contender, Workload workload, double medianOpsPerSecond, List<Double> rounds,
                       double cpuMicrosPerOperation, double p50Millis, double p99Millis, long operations,
                       long errors) {
    }

    private final LoadOptions options;
    private final List<RoundResult> results;
    private final WriterCheck.Result writerCheck;
    private final double loadBefore;
    private final double loadAfter;

    LoadReport(LoadOptions options, List<RoundResult> results, WriterCheck.Result writerCheck, double loadBefore,
               double loadAfter) {
        this.options = options;
        this.results = List.copyOf(results);
        this.writerCheck = writerCheck;
        this.loadBefore = loadBefore;
        this.loadAfter = loadAfter;
    }

    static double loadAverage() {
        return ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage();
    }

    public Optional<Line> line(Workload workload, Contender contender) {
        List<RoundResult> rounds = results.stream()
                .filter(r -> r.workload() == workload && r.contender() == contender).toList();
        if (rounds.isEmpty()) {
            return Optional.empty();
        }
        Histogram latency = new Histogram(Round.HIGHEST_MICROS, 3);
        rounds.forEach(r -> latency.add(r.latency()));
        List<Double> ops = rounds.stream().map(RoundResult::opsPerSecond).toList();
        double cpu = median(rounds.stream().map(RoundResult::cpuMicrosPerOperation).toList());
        return Optional.of(new Line(contender, workload, median(ops), ops, cpu,
                latency.getValueAtPercentile(50) / 1000.0, latency.getValueAtPercentile(99) / 1000.0,
                rounds.stream().mapToLong(RoundResult::operations).sum(),
                rounds.stream().mapToLong(RoundResult::errors).sum()));
    }

    /**
     * The median over rounds of this contender's ops/s over the baseline's in the same round: rounds are minutes
     * apart, the contenders of one round seconds apart, so this cancels the drift the ratio of medians keeps.
     */
    public Optional<Double> medianRoundRatio(Workload workload, Contender contender, Contender against) {
        List<Double> ratios = new ArrayList<>();
        for (RoundResult r : results) {
            if (r.workload() == workload && r.contender() == contender) {
                results.stream().filter(b -> b.workload() == workload && b.round() == r.round()
                                && b.contender() == against)
                        .findFirst().ifPresent(b -> ratios.add(r.opsPerSecond() / b.opsPerSecond()));
            }
        }
        return ratios.isEmpty() ? Optional.empty() : Optional.of(median(ratios));
    }

    /** The read-only check, or null when jdbc:repmysql was not among the contenders. */
    public WriterCheck.Result writerCheck() {
        return writerCheck;
    }

    public long errors() {
        return results.stream().mapToLong(RoundResult::errors).sum();
    }

    public String markdown() {
        StringBuilder out = new StringBuilder();
        out.append(String.format("%d threads, pools of %d, %d rounds of %.1f s per contender after %.1f s warm-up, "
                        + "%d rows; load average %.2f before, %.2f after%n", options.threads(), options.threads(),
                options.rounds(), options.seconds(), options.warmupSeconds(), options.rows(), loadBefore, loadAfter));
        for (Workload workload : options.workloads()) {
            Optional<Line> baseline = line(workload, workload.baseline());
            Optional<Line> mariadb = line(workload, Contender.MARIADB_REPLICATION);
            out.append(String.format("%n### %s%n%n", workload.label()));
            out.append(String.format("| configuration | median ops/s | vs %s | same-round ratio, median "
                    + "| client CPU µs/op | p50 ms | p99 ms | ops/s per round | errors |%n"
                    + "|---|---:|---:|---:|---:|---:|---:|---|---:|%n", workload.baseline().label()));
            for (Contender contender : options.contenders()) {
                line(workload, contender).ifPresent(line -> out.append(String.format(
                        "| %s | %,.0f | %s | %s | %.1f | %.2f | %.2f | %s | %d |%n", contender.label(),
                        line.medianOpsPerSecond(), ratio(line, baseline),
                        medianRoundRatio(workload, contender, workload.baseline()).map(r -> String.format("%.3f", r)).orElse("n/a"),
                        line.cpuMicrosPerOperation(), line.p50Millis(), line.p99Millis(), rounds(line.rounds()),
                        line.errors())));
            }
            line(workload, Contender.REPMYSQL).ifPresent(repmysql -> mariadb.ifPresent(m -> out.append(
                    String.format("%njdbc:repmysql / MariaDB hinted: %.3f (same-round ratio, median: %s)%n",
                            repmysql.medianOpsPerSecond() / m.medianOpsPerSecond(), medianRoundRatio(workload, Contender.REPMYSQL,
                                    Contender.MARIADB_REPLICATION).map(r -> String.format("%.3f", r))
                                    .orElse("n/a")))));
        }
        if (writerCheck != null) {
            out.append(String.format("%n### read-only workload through jdbc:repmysql%n%n"
                            + "%d threads, %,d point selects on a fresh pool: %d connections made to the write port "
                            + "(HAProxy write_nodes FRONTEND stot), %d statements routed to the writer, %,d to the "
                            + "reader: %s%n", writerCheck.poolSize(), writerCheck.operations(),
                    writerCheck.writePortSessions(), writerCheck.statementsToWriter(),
                    writerCheck.statementsToReader(), writerCheck.opensNoWriter() ? "no writer opened"
                            : "A WRITER WAS OPENED"));
        }
        return out.toString();
    }

    private static String ratio(Line line, Optional<Line> baseline) {
        return baseline.map(b -> String.format("%.3f", line.medianOpsPerSecond() / b.medianOpsPerSecond()))
                .orElse("n/a");
    }

    private static String rounds(List<Double> rounds) {
        List<String> shown = new ArrayList<>();
        rounds.forEach(r -> shown.add(String.format("%,.0f", r)));
        return String.join(" ", shown);
    }

    static double median(List<Double> values) {
        List<Double> sorted = values.stream().sorted().toList();
        int n = sorted.size();
        return n % 2 == 1 ? sorted.get(n / 2) : (sorted.get(n / 2 - 1) + sorted.get(n / 2)) / 2;
    }
}
