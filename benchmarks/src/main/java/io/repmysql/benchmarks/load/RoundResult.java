package io.repmysql.benchmarks.load;

import org.HdrHistogram.Histogram;

/**
 * One contender running one workload for one round.
 *
 * @param round      the measured round it belongs to, from 0
 * @param latency    microseconds per operation, borrow to return (empty for sysbench, which reports no histogram)
 * @param readLatency the same for the operations that only read
 * @param cpuNanos   CPU time the client used meanwhile: this JVM's (drivers and pool included), or sysbench's
 * @param firstError the message of the first failed operation, null when none failed
 */
public record RoundResult(int round, Contender contender, Workload workload, Shape shape, long operations,
                          long elapsedNanos,
                          Histogram latency, Histogram readLatency, long cpuNanos, long errors, String firstError) {

    public double opsPerSecond() {
        return operations * 1e9 / elapsedNanos;
    }

    /** Client CPU microseconds per operation. */
    public double cpuMicrosPerOperation() {
        return operations == 0 ? 0 : cpuNanos / 1000.0 / operations;
    }
}
