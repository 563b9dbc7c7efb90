package io.repmysql.benchmarks.load;

import io.repmysql.driver.RepMySqlDriver;
import io.repmysql.driver.RoutingMetrics;
import io.repmysql.driver.routing.Reason;
import io.repmysql.driver.routing.Target;

import java.sql.SQLException;

/**
 * What consistency=causal did during the measured rounds of one workload and shape: reads, how many first waited
 * on their replica (and how many of those joined another connection's wait there), how long they waited in all,
 * and how many went to the writer because the replica did not catch up in time.
 */
record CausalWaits(Workload workload, Shape shape, long reads, long waits, long joined, long waitNanos,
                   long fallbacks) {

    /** The causal contender's counters now (they only grow); {@code url} is that contender's URL. */
    static long[] snapshot(String url) throws SQLException {
        RoutingMetrics metrics = RepMySqlDriver.metrics(url);
        long fallbacks = metrics.count(Target.WRITER, Reason.CONSISTENCY_TIMEOUT);
        return new long[] {metrics.count(Target.READER) + fallbacks, metrics.getConsistencyWaits(),
                metrics.getJoinedConsistencyWaits(), metrics.getConsistencyWaitNanos(), fallbacks};
    }

    static CausalWaits between(Workload workload, Shape shape, long[] before, long[] after) {
        return new CausalWaits(workload, shape, after[0] - before[0], after[1] - before[1], after[2] - before[2],
                after[3] - before[3], after[4] - before[4]);
    }

    /** How long a read that waited waited, on average, in milliseconds. */
    double meanWaitMillis() {
        return waits == 0 ? 0 : waitNanos / 1e6 / waits;
    }

    double waitedShare() {
        return reads == 0 ? 0 : (double) waits / reads;
    }
}
