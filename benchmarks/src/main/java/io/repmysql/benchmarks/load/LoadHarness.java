package io.repmysql.benchmarks.load;

import java.io.IOException;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;

import com.zaxxer.hikari.HikariDataSource;

/**
 * Runs every contender on every workload in one process, interleaved: after one unmeasured warm-up round, each
 * measured round gives every contender the same time, in an order that starts one later each round, so drift of
 * the machine (other processes, the page cache, the primary's purge) spreads over all of them alike.
 */
public final class LoadHarness {

    static final String CLUSTER_NAME = "bench-load";

    private final Endpoints endpoints;
    private final LoadOptions options;
    private final Consumer<String> progress;

    public LoadHarness(Endpoints endpoints, LoadOptions options, Consumer<String> progress) {
        this.endpoints = endpoints;
        this.options = options;
        this.progress = progress;
    }

    public LoadReport run() throws SQLException, InterruptedException, IOException {
        double loadBefore = LoadReport.loadAverage();
        BenchTable.ensure(endpoints, options.rows());
        List<RoundResult> results = new ArrayList<>();
        Map<Contender, HikariDataSource> pools = new EnumMap<>(Contender.class);
        try {
            for (Contender contender : options.contenders()) {
                pools.put(contender, Pools.open(endpoints, contender, options.threads(), CLUSTER_NAME));
            }
            for (Workload workload : options.workloads()) {
                List<Contender> contenders = options.contenders().stream()
                        .filter(c -> c.writes() || !workload.writes()).toList();
                if (options.warmupNanos() > 0) {
                    progress.accept(workload.label() + ": warm-up");
                    for (Contender contender : contenders) {
                        Round.run(-1, pools.get(contender), contender, workload, options.threads(),
                                options.warmupNanos(), options.rows());
                    }
                }
                for (int round = 0; round < options.rounds(); round++) {
                    for (int i = 0; i < contenders.size(); i++) {
                        Contender contender = contenders.get((round + i) % contenders.size());
                        RoundResult result = Round.run(round, pools.get(contender), contender, workload,
                                options.threads(), options.roundNanos(), options.rows());
                        results.add(result);
                        progress.accept(String.format("%s: round %d/%d %-52s %,10.0f ops/s%s", workload.label(),
                                round + 1, options.rounds(), contender.label(), result.opsPerSecond(),
                                result.errors() == 0 ? "" : ", " + result.errors() + " errors: " + result.firstError()));
                    }
                }
            }
        } finally {
            pools.values().forEach(HikariDataSource::close);
        }
        WriterCheck.Result writerCheck = options.contenders().contains(Contender.REPMYSQL)
                ? WriterCheck.run(endpoints, options) : null;
        return new LoadReport(options, results, writerCheck, loadBefore, LoadReport.loadAverage());
    }
}
