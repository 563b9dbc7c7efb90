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
 * Runs every contender on every workload in every shape in one process, interleaved. Each contender first warms
 * up in that workload and shape until steady; then each measured round gives every contender the same time, in an
 * order that starts one later each round, so drift of the machine (other processes, the page cache, the primary's
 * purge) spreads over all of them alike, and ratios within one round compare runs seconds apart.
 */
public final class LoadHarness {

    static final String CLUSTER_NAME = "bench-load";
    /** Two warm-up slices in a row within this of each other: the contender is steady. */
    private static final double STEADY = 0.05;

    private final Endpoints endpoints;
    private final LoadOptions options;
    private final Consumer<String> progress;
    private final Map<Contender, HikariDataSource> pools = new EnumMap<>(Contender.class);
    private final List<CausalWaits> causalWaits = new ArrayList<>();
    private SemiSyncSwitch semiSync;

    public LoadHarness(Endpoints endpoints, LoadOptions options, Consumer<String> progress) {
        this.endpoints = endpoints;
        this.options = options;
        this.progress = progress;
    }

    public LoadReport run() throws SQLException, InterruptedException, IOException {
        if (options.contenders().contains(Contender.SYSBENCH) && !Sysbench.installed()) {
            throw new IllegalStateException("sysbench is not on the PATH: install it (Debian: apt-get install "
                    + "sysbench) or leave SYSBENCH out of --contenders");
        }
        double loadBefore = LoadReport.loadAverage();
        BenchTable.ensure(endpoints, options.rows());
        List<RoundResult> results = new ArrayList<>();
        try {
            if (options.contenders().contains(Contender.RAW_WRITE_SEMI_SYNC)) {
                semiSync = SemiSyncSwitch.open(endpoints);
            }
            for (Contender contender : options.contenders()) {
                if (!contender.external()) {
                    pools.put(contender, Pools.open(endpoints, contender, options.threads(), CLUSTER_NAME,
                            options.variant()));
                }
            }
            for (Workload workload : options.workloads()) {
                for (Shape shape : options.shapes()) {
                    results.addAll(cell(workload, shape));
                }
            }
        } finally {
            pools.values().forEach(HikariDataSource::close);
            if (semiSync != null) {
                semiSync.close();
            }
        }
        WriterCheck.Result writerCheck = options.contenders().contains(Contender.REPMYSQL)
                ? WriterCheck.run(endpoints, options) : null;
        return new LoadReport(options, results, writerCheck, loadBefore, LoadReport.loadAverage(), causalWaits);
    }

    /** One workload in one shape: warm-up, then the interleaved rounds. */
    private List<RoundResult> cell(Workload workload, Shape shape)
            throws SQLException, InterruptedException, IOException {
        List<Contender> contenders = options.contenders().stream().filter(c -> c.runs(workload)).toList();
        String name = workload.label() + ", " + shape.label();
        for (Contender contender : contenders) {
            warmUp(name, contender, workload, shape);
        }
        List<RoundResult> results = new ArrayList<>();
        String causalUrl = Contender.REPMYSQL_CAUSAL.url(endpoints, CLUSTER_NAME, "");
        long[] causalBefore = CausalWaits.snapshot(causalUrl);
        for (int round = 0; round < options.rounds(); round++) {
            for (int i = 0; i < contenders.size(); i++) {
                Contender contender = contenders.get((round + i) % contenders.size());
                RoundResult result = runOne(round, contender, workload, shape, options.roundNanos());
                results.add(result);
                progress.accept(String.format("%s: round %d/%d %-52s %,10.0f ops/s%s", name, round + 1,
                        options.rounds(), contender.label(), result.opsPerSecond(), result.errors() == 0 ? ""
                                : ", " + result.errors() + " errors: " + result.firstError()));
            }
        }
        if (contenders.contains(Contender.REPMYSQL_CAUSAL)) {
            causalWaits.add(CausalWaits.between(workload, shape, causalBefore, CausalWaits.snapshot(causalUrl)));
        }
        return results;
    }

    /**
     * Unmeasured slices until at least the warm-up time has passed and two slices in a row agree within 5%, or
     * three times the warm-up time has passed. sysbench (C, no JIT) needs none.
     */
    private void warmUp(String name, Contender contender, Workload workload, Shape shape)
            throws InterruptedException, IOException {
        long least = options.warmupNanos();
        if (least == 0 || contender.external()) {
            return;
        }
        long slice = Math.min(1_000_000_000L, least);
        long spent = 0;
        double previous = -1;
        double last = 0;
        int slices = 0;
        boolean steady = false;
        while (!steady && spent < 3 * least) {
            last = runOne(-1, contender, workload, shape, slice).opsPerSecond();
            spent += slice;
            slices++;
            steady = spent >= least && previous > 0 && Math.abs(last / previous - 1) <= STEADY;
            previous = last;
        }
        progress.accept(String.format("%s: warm-up %-52s %.1f s, last %,10.0f ops/s%s", name, contender.label(),
                slices * slice / 1e9, last, steady ? ", steady" : ", NOT steady (limit reached)"));
    }

    private RoundResult runOne(int round, Contender contender, Workload workload, Shape shape, long nanos)
            throws InterruptedException, IOException {
        if (contender.external()) {
            return Sysbench.run(round, shape, endpoints, options.threads(), nanos, options.rows());
        }
        if (semiSync == null || !workload.writes()) {
            return Round.run(round, pools.get(contender), contender, workload, shape, options.threads(), nanos,
                    options.rows());
        }
        try {
            semiSync.applyFor(contender);
            long acknowledgedBefore = semiSync.acknowledged();
            RoundResult result = Round.run(round, pools.get(contender), contender, workload, shape,
                    options.threads(), nanos, options.rows());
            long acknowledged = semiSync.acknowledged() - acknowledgedBefore;
            if (contender == Contender.RAW_WRITE_SEMI_SYNC && result.operations() > 0 && acknowledged == 0) {
                throw new IllegalStateException("a semi-sync round of " + result.operations() + " writes had none "
                        + "acknowledged by a replica: the primary fell back to asynchronous replication, so the "
                        + "figures would not be semi-sync's; check the replicas (bin/repmysql status)");
            }
            return result;
        } catch (java.sql.SQLException e) {
            throw new IOException("switching semi-sync on the primary failed: " + e.getMessage(), e);
        }
    }
}
