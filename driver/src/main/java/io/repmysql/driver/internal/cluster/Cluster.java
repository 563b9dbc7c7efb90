package io.repmysql.driver.internal.cluster;

import java.sql.Driver;

import io.repmysql.driver.RepMySqlUrl;
import io.repmysql.driver.RoutingMetrics;

/**
 * What one logical connection works with: its URL and physical driver, and the parts of its {@link ClusterState}
 * (built by {@link ClusterRegistry#connect}).
 *
 * @param url     the parsed URL
 * @param driver  opens physical connections (Connector/J; a stub in unit tests)
 * @param backoff whether the URL's read port may be tried now, shared by the cluster's connections
 * @param metrics routing counters of the cluster
 * @param causal  consistency=causal's write position, shared by every connection to the cluster
 * @param replicas what each replica is known to have applied, shared by every connection to the cluster
 */
public record Cluster(RepMySqlUrl url, Driver driver, ReaderBackoff backoff, RoutingMetrics metrics,
                      CausalState causal, ReplicaPositions replicas) {
}
