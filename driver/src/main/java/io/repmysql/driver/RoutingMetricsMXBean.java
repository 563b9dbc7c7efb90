package io.repmysql.driver;

import java.util.Map;

/** The JMX view of {@link RoutingMetrics}: io.repmysql:type=RoutingMetrics,name=&lt;clusterName&gt;. */
public interface RoutingMetricsMXBean {

    String getName();

    /** Statements run on the reader. */
    long getReads();

    /** Statements run on the writer. */
    long getWrites();

    /** Session statements run on every open connection. */
    long getBoth();

    /** Autocommit reads retried after the reader failed during execute. */
    long getRetries();

    /** Reads that first waited on the reader for writes they must see (consistency=session or causal). */
    long getConsistencyWaits();

    /**
     * Of those, the reads that joined another connection's wait on the same replica instead of sending their own
     * statement.
     */
    long getJoinedConsistencyWaits();

    /**
     * The time those reads spent waiting, in nanoseconds, summed: divided by {@link #getConsistencyWaits()}, what a
     * read that waits costs on top of the read itself.
     */
    long getConsistencyWaitNanos();

    /** Non-zero counts keyed "TARGET/REASON", for example "WRITER/READER_UNAVAILABLE". */
    Map<String, Long> getCounts();
}
