package io.repmysql.driver.internal.cluster;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import io.repmysql.driver.RoutingMetrics;

/**
 * What every connection of one {@link ClusterRegistry} to one cluster shares, whichever pool, DataSource or thread
 * opened it: the reader back-off of each read port, the routing counters, the causal position and what each replica
 * is known to have applied.
 */
public final class ClusterState {

    private final ClusterKey key;
    private final Ticker ticker;
    private final RoutingMetrics metrics;
    private final CausalState causal;
    private final ReplicaPositions replicas = new ReplicaPositions();
    private final Map<Endpoint, ReaderBackoff> backoffs = new ConcurrentHashMap<>();

    ClusterState(ClusterKey key, Ticker ticker, RoutingMetrics metrics) {
        this.key = key;
        this.ticker = ticker;
        this.metrics = metrics;
        this.causal = new CausalState(key.name());
    }

    public ClusterKey key() {
        return key;
    }

    /**
     * Whether {@code reader} may be tried now. Per read port, so a cluster reached through two HAProxies backs off
     * from the one that is down only.
     */
    public ReaderBackoff backoff(Endpoint reader) {
        return backoffs.computeIfAbsent(reader, r -> new ReaderBackoff(ticker));
    }

    public RoutingMetrics metrics() {
        return metrics;
    }

    /** consistency=causal's write position of the cluster. */
    public CausalState causal() {
        return causal;
    }

    /** The positions the consistency waits of every connection have seen each replica reach. */
    public ReplicaPositions replicas() {
        return replicas;
    }
}
