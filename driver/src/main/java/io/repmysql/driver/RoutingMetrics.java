package io.repmysql.driver;

import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.LongAdder;

import io.repmysql.driver.routing.Reason;
import io.repmysql.driver.routing.Target;

/**
 * Where statements went and why, counted per cluster (named by the {@code clusterName} property, else
 * HOST:WRITE_PORT/DATABASE) and summed over the clusters in {@link RepMySqlDriver#metrics()}; one cluster's are
 * {@link RepMySqlDriver#metrics(String)}. LongAdders: many pooled connections count at once without contending.
 * A statement is counted once, by its cluster; the sum over the clusters is added up when read, so counting costs
 * one increment. Each cluster's instance is a JMX MXBean ({@code io.repmysql:type=RoutingMetrics,name=CLUSTER})
 * and, when Micrometer is on the classpath, bound to its global registry as
 * {@code repmysql.routing.statements{cluster,target,reason}}.
 */
public final class RoutingMetrics implements RoutingMetricsMXBean {

    private static final int REASONS = Reason.values().length;

    private final String name;
    private final RoutingMetrics parent;
    /** The instances that count into this one as their total: summed when read, untouched when counting. */
    private final List<RoutingMetrics> parts = new CopyOnWriteArrayList<>();
    private final LongAdder[] counts = new LongAdder[Target.values().length * REASONS];
    private final LongAdder retries = new LongAdder();
    private final LongAdder consistencyWaits = new LongAdder();
    private final LongAdder joinedWaits = new LongAdder();
    private final LongAdder waitNanos = new LongAdder();
    private final RecentWaits recentWaits = new RecentWaits();

    /** Counters that add up those of the instances created with this one as their total. */
    public RoutingMetrics(String name) {
        this(name, null);
    }

    /** Counters that also count into {@code total}. */
    public RoutingMetrics(String name, RoutingMetrics total) {
        this.name = name;
        this.parent = total;
        for (int i = 0; i < counts.length; i++) {
            counts[i] = new LongAdder();
        }
        if (total != null) {
            total.parts.add(this);
        }
    }

    /** One statement ran on {@code target} because of {@code reason}. */
    public void record(Target target, Reason reason) {
        counts[target.ordinal() * REASONS + reason.ordinal()].increment();
    }

    /** A failed autocommit read was retried. */
    public void recordRetry() {
        retries.increment();
        if (parent != null) {
            parent.recordRetry();
        }
    }

    /**
     * consistency=session or causal waited {@code nanos} on the reader for a write position; {@code joined}: by
     * joining another connection's wait on the same replica, without a statement of its own.
     */
    public void recordConsistencyWait(long nanos, boolean joined) {
        consistencyWaits.increment();
        waitNanos.add(nanos);
        if (joined) {
            joinedWaits.increment();
        }
        recentWaits.add(nanos);
        if (parent != null) {
            parent.recordConsistencyWait(nanos, joined);
        }
    }

    /** How long the last consistency waits took: the replicas' delay as reads saw it. */
    public RecentWaits.Summary recentConsistencyWaits() {
        return recentWaits.summary();
    }

    /** Statements that ran on {@code target} because of {@code reason}, here and in the instances counted in. */
    public long count(Target target, Reason reason) {
        return counted(target.ordinal() * REASONS + reason.ordinal());
    }

    public long count(Target target) {
        long sum = 0;
        for (int i = target.ordinal() * REASONS; i < (target.ordinal() + 1) * REASONS; i++) {
            sum += counted(i);
        }
        return sum;
    }

    private long counted(int index) {
        long sum = counts[index].sum();
        for (RoutingMetrics part : parts) {
            sum += part.counted(index);
        }
        return sum;
    }

    @Override
    public String getName() {
        return name;
    }

    @Override
    public long getReads() {
        return count(Target.READER);
    }

    @Override
    public long getWrites() {
        return count(Target.WRITER);
    }

    @Override
    public long getBoth() {
        return count(Target.BOTH);
    }

    @Override
    public long getRetries() {
        return retries.sum();
    }

    @Override
    public long getConsistencyWaits() {
        return consistencyWaits.sum();
    }

    @Override
    public long getJoinedConsistencyWaits() {
        return joinedWaits.sum();
    }

    @Override
    public long getConsistencyWaitNanos() {
        return waitNanos.sum();
    }

    @Override
    public Map<String, Long> getCounts() {
        Map<String, Long> shown = new TreeMap<>();
        for (Target target : Target.values()) {
            for (Reason reason : Reason.values()) {
                long n = count(target, reason);
                if (n > 0) {
                    shown.put(target + "/" + reason, n);
                }
            }
        }
        return shown;
    }

    @Override
    public String toString() {
        return "RoutingMetrics[" + name + " " + getCounts() + ", retries=" + getRetries() + ", consistencyWaits="
                + getConsistencyWaits() + ", joined=" + getJoinedConsistencyWaits() + ", waited="
                + getConsistencyWaitNanos() / 1_000_000 + " ms]";
    }
}
