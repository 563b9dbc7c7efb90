package io.repmysql.benchmarks.load;

import java.util.List;
import java.util.Optional;

import org.HdrHistogram.Histogram;

/**
 * consistency=causal against none, when both jdbc:repmysql contenders ran: throughput as same-round ratios, read
 * latency (reads only, borrow to return in the pooled shape), the share of reads that first waited on their
 * replica and how long such a wait took on average, and the reads that went to the writer because it did not catch
 * up in time.
 */
final class CausalReport {

    private final LoadReport report;
    private final LoadOptions options;
    private final List<CausalWaits> waits;

    CausalReport(LoadReport report, LoadOptions options, List<CausalWaits> waits) {
        this.report = report;
        this.options = options;
        this.waits = waits;
    }

    String markdown() {
        if (!options.contenders().contains(Contender.REPMYSQL)
                || !options.contenders().contains(Contender.REPMYSQL_CAUSAL)) {
            return "";
        }
        StringBuilder out = new StringBuilder(String.format("%n### consistency=causal / none, same round%n%n"
                + "| workload | shape | causal/none per round | median | read p50 ms none / causal "
                + "| read p99 ms none / causal | reads that waited | mean wait ms | of them joined a running wait "
                + "| fell back to the writer |%n"
                + "|---|---|---|---:|---:|---:|---:|---:|---:|---:|%n"));
        for (Workload workload : options.workloads()) {
            for (Shape shape : options.shapes()) {
                List<Double> ratios = report.roundRatios(workload, shape, Contender.REPMYSQL_CAUSAL,
                        Contender.REPMYSQL);
                if (ratios.isEmpty()) {
                    continue;
                }
                Histogram none = reads(workload, shape, Contender.REPMYSQL);
                Histogram causal = reads(workload, shape, Contender.REPMYSQL_CAUSAL);
                Optional<CausalWaits> counted = waits.stream()
                        .filter(w -> w.workload() == workload && w.shape() == shape).findFirst();
                out.append(String.format("| %s | %s | %s | **%.3f** | %s / %s | %s / %s | %s | %s | %s | %s |%n",
                        workload.label(), shape.label(), join(ratios), LoadReport.median(ratios),
                        millis(none, 50), millis(causal, 50), millis(none, 99), millis(causal, 99),
                        counted.map(w -> String.format("%.1f%% (%,d of %,d)", 100 * w.waitedShare(), w.waits(),
                                w.reads())).orElse("n/a"),
                        counted.map(w -> String.format("%.2f", w.meanWaitMillis())).orElse("n/a"),
                        counted.map(w -> String.format("%,d", w.joined())).orElse("n/a"),
                        counted.map(w -> String.format("%,d", w.fallbacks())).orElse("n/a")));
            }
        }
        return out.toString();
    }

    private Histogram reads(Workload workload, Shape shape, Contender contender) {
        Histogram merged = new Histogram(Round.HIGHEST_MICROS, 3);
        report.cell(workload, shape, contender).forEach(r -> merged.add(r.readLatency()));
        return merged;
    }

    private static String millis(Histogram histogram, double percentile) {
        return histogram.getTotalCount() == 0 ? "n/a"
                : String.format("%.2f", histogram.getValueAtPercentile(percentile) / 1000.0);
    }

    private static String join(List<Double> ratios) {
        StringBuilder out = new StringBuilder();
        ratios.forEach(r -> out.append(out.length() == 0 ? "" : " ").append(String.format("%.2f", r)));
        return out.toString();
    }
}
