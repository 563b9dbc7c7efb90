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

    /** consistency=session waits on the reader for this connection's last write. */
    long getConsistencyWaits();

    /** Non-zero counts keyed "TARGET/REASON", for example "WRITER/READER_UNAVAILABLE". */
    Map<String, Long> getCounts();
}
