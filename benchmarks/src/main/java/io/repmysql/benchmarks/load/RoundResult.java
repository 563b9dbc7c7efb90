package io.repmysql.benchmarks.load;

import org.HdrHistogram.Histogram;

/**
 * One contender running one workload for one round.
 *
 * @param latency    microseconds per operation, borrow to return
 * @param firstError the message of the first failed operation, null when none failed
 */
public record RoundResult(Contender contender, Workload workload, long operations, long elapsedNanos,
                          Histogram latency, long errors, String firstError) {

    public double opsPerSecond() {
        return operations * 1e9 / elapsedNanos;
    }
}
