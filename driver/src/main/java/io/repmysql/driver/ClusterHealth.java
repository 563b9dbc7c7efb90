package io.repmysql.driver;

import java.time.Duration;

import io.repmysql.driver.internal.cluster.ClusterState;
import io.repmysql.driver.internal.cluster.Endpoint;
import io.repmysql.driver.routing.Reason;
import io.repmysql.driver.routing.Target;

/**
 * What this JVM knows about one cluster without asking it: whether reads are on fallback to the writer, and how
 * long the last consistency waits took (how far behind the replicas were when reads needed them). A snapshot;
 * taking one sends nothing to a server. {@link RepMySqlDataSource#health()}, {@link RepMySqlDriver#health(String)}.
 *
 * @param cluster             the cluster name (clusterName, else HOST:WRITE_PORT/DATABASE)
 * @param writerAddress       HAProxy's write address
 * @param readerAddress       HAProxy's read address
 * @param readsOnFallback     the read port failed at the last try: reads go to the writer until the reader back-off
 *                            (readerRetryBackoffMs) runs out and a connection to it opens again
 * @param consistencyWaits    reads that waited for their replica, since the JVM started
 * @param recentWaits         the last waits: how many, the last one, the longest
 * @param consistencyTimeouts reads sent to the writer because their replica did not catch up in time
 * @param readerUnavailable   reads sent to the writer because the reader could not be reached
 */
public record ClusterHealth(String cluster, String writerAddress, String readerAddress, boolean readsOnFallback,
                            long consistencyWaits, RecentWaits.Summary recentWaits, long consistencyTimeouts,
                            long readerUnavailable) {

    /** The snapshot for the cluster of {@code url}. */
    static ClusterHealth of(RepMySqlUrl url, ClusterState state) {
        RoutingMetrics metrics = state.metrics();
        return new ClusterHealth(url.name(), RepMySqlUrl.hostPort(url.host(), url.writePort()), url.readerAddress(),
                state.backoff(new Endpoint(url.readHost(), url.readPort())).isDown(), metrics.getConsistencyWaits(),
                metrics.recentConsistencyWaits(), metrics.count(Target.WRITER, Reason.CONSISTENCY_TIMEOUT),
                metrics.count(Target.WRITER, Reason.READER_UNAVAILABLE));
    }

    /** The longest of the recent waits: the replica delay reads saw lately (zero when none waited). */
    public Duration recentReplicaDelay() {
        return recentWaits.longest();
    }
}
