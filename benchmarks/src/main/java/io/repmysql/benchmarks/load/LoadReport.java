package io.repmysql.benchmarks.load;

import java.lang.management.ManagementFactory;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.ToDoubleFunction;

import org.HdrHistogram.Histogram;

/**
 * The outcome of one harness run, as Markdown: one table per workload and shape, one line per contender, then
 * jdbc:repmysql against every other contender as same-round ratios.
 */
public final class LoadReport {

    /** One contender on one workload in one shape over every measured round. */
    public record Line(Contender contender, Workload workload, Shape shape, double medianOpsPerSecond,
                       List<Double> rounds, double cpuMicrosPerOperation, double p50Millis, double p99Millis,
                       long operations, long errors, double workerCpuMicrosPerOperation,
                       double allocatedBytesPerOperation) {
    }

    private final LoadOptions options;
    private final List<RoundResult> results;
    private final WriterCheck.Result writerCheck;
    private final double loadBefore;
    private final double loadAfter;
    private final List<CausalWaits> causalWaits;

    LoadReport(LoadOptions options, List<RoundResult> results, WriterCheck.Result writerCheck, double loadBefore,
               double loadAfter, List<CausalWaits> causalWaits) {
        this.options = options;
        this.results = List.copyOf(results);
        this.writerCheck = writerCheck;
        this.loadBefore = loadBefore;
        this.loadAfter = loadAfter;
        this.causalWaits = List.copyOf(causalWaits);
    }

    static double loadAverage() {
        return ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage();
    }

    public Optional<Line> line(Workload workload, Shape shape, Contender contender) {
        List<RoundResult> rounds = results.stream()
                .filter(r -> r.workload() == workload && r.shape() == shape && r.contender() == contender).toList();
        if (rounds.isEmpty()) {
            return Optional.empty();
        }
        Histogram latency = new Histogram(Round.HIGHEST_MICROS, 3);
        rounds.forEach(r -> latency.add(r.latency()));
        List<Double> ops = rounds.stream().map(RoundResult::opsPerSecond).toList();
        double cpu = median(rounds.stream().map(RoundResult::cpuMicrosPerOperation).toList());
        return Optional.of(new Line(contender, workload, shape, median(ops), ops, cpu,
                latency.getValueAtPercentile(50) / 1000.0, latency.getValueAtPercentile(99) / 1000.0,
                rounds.stream().mapToLong(RoundResult::operations).sum(),
                rounds.stream().mapToLong(RoundResult::errors).sum(),
                median(rounds.stream().map(RoundResult::workerCpuMicrosPerOperation).toList()),
                median(rounds.stream().map(RoundResult::allocatedBytesPerOperation).toList())));
    }

    /** This contender's ops/s over {@code against}'s in the same round, for every round both ran. */
    public List<Double> roundRatios(Workload workload, Shape shape, Contender contender, Contender against) {
        return roundRatios(workload, shape, contender, against, RoundResult::opsPerSecond);
    }

    /**
     * This contender's worker CPU per operation over {@code against}'s in the same round (below 1: it spends less),
     * for every round both measured.
     */
    public List<Double> cpuRoundRatios(Workload workload, Shape shape, Contender contender, Contender against) {
        return roundRatios(workload, shape, contender, against, RoundResult::workerCpuMicrosPerOperation);
    }

    private List<Double> roundRatios(Workload workload, Shape shape, Contender contender, Contender against,
                                     ToDoubleFunction<RoundResult> figure) {
        List<Double> ratios = new ArrayList<>();
        for (RoundResult r : cell(workload, shape, contender)) {
            cell(workload, shape, against).stream().filter(b -> b.round() == r.round()).findFirst()
                    .map(b -> figure.applyAsDouble(r) / figure.applyAsDouble(b))
                    .filter(ratio -> !ratio.isNaN() && !ratio.isInfinite())
                    .ifPresent(ratios::add);
        }
        return ratios;
    }

    /**
     * The median of {@link #roundRatios}: rounds are minutes apart, the contenders of one round seconds apart, so
     * this cancels the drift the ratio of medians keeps.
     */
    public Optional<Double> medianRoundRatio(Workload workload, Shape shape, Contender contender, Contender against) {
        List<Double> ratios = roundRatios(workload, shape, contender, against);
        return ratios.isEmpty() ? Optional.empty() : Optional.of(median(ratios));
    }

    List<RoundResult> cell(Workload workload, Shape shape, Contender contender) {
        return results.stream()
                .filter(r -> r.workload() == workload && r.shape() == shape && r.contender() == contender).toList();
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
        out.append(String.format("%d threads, pools of %d, %d rounds of %.1f s per contender after at least %.1f s "
                        + "warm-up (until steady), %d rows; load average %.2f before, %.2f after%n", options.threads(),
                options.threads(), options.rounds(), options.seconds(), options.warmupSeconds(), options.rows(),
                loadBefore, loadAfter));
        if (!options.variant().isEmpty()) {
            out.append(String.format("%n%s: %s%n", Contender.REPMYSQL_VARIANT.label(), options.variant()));
        }
        if (options.contenders().contains(Contender.REPMYSQL)) {
            out.append(summary());
        }
        out.append(new CausalReport(this, options, causalWaits).markdown());
        for (Workload workload : options.workloads()) {
            for (Shape shape : options.shapes()) {
                out.append(table(workload, shape));
            }
        }
        if (options.contenders().contains(Contender.RAW_WRITE_SEMI_SYNC)) {
            out.append(semiSyncTable());
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

    /** jdbc:repmysql over every other contender, round by round: the figures the targets are about. */
    private String summary() {
        StringBuilder out = new StringBuilder(String.format("%n### jdbc:repmysql / each contender, same round%n%n"
                + "Throughput (above 1: jdbc:repmysql faster), and the worker threads' CPU per operation (below 1: "
                + "jdbc:repmysql spends less), each as the median of same-round ratios.%n%n"
                + "| workload | shape | against | ops/s, per round | ops/s, median | worker CPU/op, per round "
                + "| worker CPU/op, median |%n|---|---|---|---|---:|---|---:|%n"));
        for (Workload workload : options.workloads()) {
            for (Shape shape : options.shapes()) {
                for (Contender against : options.contenders()) {
                    if (against == Contender.REPMYSQL) {
                        continue;
                    }
                    List<Double> ratios = roundRatios(workload, shape, Contender.REPMYSQL, against);
                    List<Double> cpu = cpuRoundRatios(workload, shape, Contender.REPMYSQL, against);
                    if (!ratios.isEmpty()) {
                        out.append(String.format("| %s | %s | %s | %s | **%.3f** | %s | %s |%n", workload.label(),
                                shape.label(), against.label(), join(ratios, "%.2f"), median(ratios),
                                cpu.isEmpty() ? "n/a" : join(cpu, "%.2f"),
                                cpu.isEmpty() ? "n/a" : String.format("**%.3f**", median(cpu))));
                    }
                }
            }
        }
        return out.toString();
    }

    /**
     * Acknowledged-write latency with the primary's semi-sync on over the same with it off: same cluster, same
     * pool settings, rounds interleaved. Latency is per operation as the client saw it (autocommit: the commit).
     */
    private String semiSyncTable() {
        StringBuilder out = new StringBuilder(String.format("%n### semi-sync on / off, same cluster, same run "
                + "(%d threads)%n%n| workload | shape | p50 ms off / on | p50 ratio | p99 ms off / on | p99 ratio "
                + "| ops/s, same-round ratio on/off, median (per round) |%n|---|---|---|---:|---|---:|---|%n",
                options.threads()));
        for (Workload workload : options.workloads()) {
            for (Shape shape : options.shapes()) {
                Optional<Line> off = line(workload, shape, Contender.RAW_WRITE);
                Optional<Line> on = line(workload, shape, Contender.RAW_WRITE_SEMI_SYNC);
                if (off.isEmpty() || on.isEmpty()) {
                    continue;
                }
                List<Double> ratios = roundRatios(workload, shape, Contender.RAW_WRITE_SEMI_SYNC, Contender.RAW_WRITE);
                out.append(String.format("| %s | %s | %.2f / %.2f | **%.2f** | %.2f / %.2f | **%.2f** | %.3f (%s) |%n",
                        workload.label(), shape.label(), off.get().p50Millis(), on.get().p50Millis(),
                        on.get().p50Millis() / off.get().p50Millis(), off.get().p99Millis(), on.get().p99Millis(),
                        on.get().p99Millis() / off.get().p99Millis(), median(ratios), join(ratios, "%.2f")));
            }
        }
        return out.toString();
    }

    private String table(Workload workload, Shape shape) {
        Contender baseline = workload.baseline();
        Optional<Line> base = line(workload, shape, baseline);
        StringBuilder out = new StringBuilder(String.format("%n### %s, %s%n%n| configuration | median ops/s "
                + "| vs %s | same-round ratio, median | client CPU µs/op | worker CPU µs/op "
                + "| worker CPU, same-round ratio | allocated B/op | p50 ms | p99 ms | ops/s per round "
                + "| errors |%n|---|---:|---:|---:|---:|---:|---:|---:|---:|---:|---|---:|%n", workload.label(),
                shape.label(), baseline.label()));
        for (Contender contender : options.contenders()) {
            line(workload, shape, contender).ifPresent(line -> out.append(String.format(
                    "| %s | %,.0f | %s | %s | %.1f | %s | %s | %s | %s | %s | %s | %d |%n", contender.label(),
                    line.medianOpsPerSecond(),
                    base.map(b -> String.format("%.3f", line.medianOpsPerSecond() / b.medianOpsPerSecond()))
                            .orElse("n/a"),
                    medianRoundRatio(workload, shape, contender, baseline).map(r -> String.format("%.3f", r))
                            .orElse("n/a"),
                    line.cpuMicrosPerOperation(), measured("%.1f", line.workerCpuMicrosPerOperation()),
                    cpuRatio(workload, shape, contender, baseline),
                    measured("%,.0f", line.allocatedBytesPerOperation()), latency(contender, line.p50Millis()),
                    latency(contender, line.p99Millis()), join(line.rounds(), "%,.0f"), line.errors())));
        }
        return out.toString();
    }

    private String cpuRatio(Workload workload, Shape shape, Contender contender, Contender baseline) {
        List<Double> ratios = cpuRoundRatios(workload, shape, contender, baseline);
        return ratios.isEmpty() ? "n/a" : String.format("%.3f", median(ratios));
    }

    /** NaN: not measured for this contender (sysbench's worker threads are another process's). */
    private static String measured(String format, double value) {
        return Double.isNaN(value) ? "n/a" : String.format(format, value);
    }

    /** sysbench's rounds carry no histogram. */
    private static String latency(Contender contender, double millis) {
        return contender.external() ? "n/a" : String.format("%.2f", millis);
    }

    private static String join(List<Double> values, String format) {
        List<String> shown = new ArrayList<>();
        values.forEach(v -> shown.add(String.format(format, v)));
        return String.join(" ", shown);
    }

    static double median(List<Double> values) {
        List<Double> sorted = values.stream().sorted().toList();
        int n = sorted.size();
        return n % 2 == 1 ? sorted.get(n / 2) : (sorted.get(n / 2 - 1) + sorted.get(n / 2)) / 2;
    }
}
