package io.repmysql.driver.internal.cluster;

import java.sql.Driver;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.UnaryOperator;

import io.repmysql.driver.RepMySqlUrl;
import io.repmysql.driver.RoutingMetrics;

/**
 * The clusters one driver talks to, each with its {@link ClusterState}, and the counters summed over them. The
 * driver registered with DriverManager and every RepMySqlDataSource share one registry, so all connections of the
 * JVM to a cluster share its state; a driver built with a physical driver of its own (tests, benchmarks) gets a
 * fresh one.
 */
public final class ClusterRegistry {

    private final Ticker ticker;
    private final UnaryOperator<RoutingMetrics> export;
    private final RoutingMetrics total = new RoutingMetrics("global");
    private final Map<ClusterKey, ClusterState> clusters = new ConcurrentHashMap<>();

    private ClusterRegistry(Ticker ticker, UnaryOperator<RoutingMetrics> export) {
        this.ticker = ticker;
        this.export = export;
    }

    /** A registry whose clusters' counters are published over JMX and to Micrometer: the JVM-wide one. */
    public static ClusterRegistry exported(Ticker ticker) {
        return new ClusterRegistry(ticker, MetricsExport::export);
    }

    /** A registry that publishes nothing: its counters are read through it only. */
    public static ClusterRegistry unexported(Ticker ticker) {
        return new ClusterRegistry(ticker, UnaryOperator.identity());
    }

    /** The state of the cluster {@code url} names, created on first use. */
    public ClusterState state(RepMySqlUrl url) {
        return clusters.computeIfAbsent(ClusterKey.of(url),
                key -> new ClusterState(key, ticker, export.apply(new RoutingMetrics(key.name(), total))));
    }

    /** What one logical connection to {@code url} works with. */
    public Cluster connect(RepMySqlUrl url, Driver physicalDriver) {
        ClusterState state = state(url);
        return new Cluster(url, physicalDriver, state.backoff(new Endpoint(url.readHost(), url.readPort())),
                state.metrics(), state.causal(), state.replicas());
    }

    /** The counters summed over every cluster of this registry. */
    public RoutingMetrics total() {
        return total;
    }
}
