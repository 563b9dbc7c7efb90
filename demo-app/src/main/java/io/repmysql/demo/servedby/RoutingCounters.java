package io.repmysql.demo.servedby;

import io.repmysql.driver.RoutingMetrics;

import java.util.Map;

/** A snapshot of the driver's counters for this JVM: where statements went, and why. */
public record RoutingCounters(long reads, long writes, long both, long retries, long consistencyWaits,
                              Map<String, Long> byReason) {

    public static RoutingCounters of(RoutingMetrics metrics) {
        return new RoutingCounters(metrics.getReads(), metrics.getWrites(), metrics.getBoth(), metrics.getRetries(),
                metrics.getConsistencyWaits(), metrics.getCounts());
    }

    public long total() {
        return reads + writes + both;
    }
}
