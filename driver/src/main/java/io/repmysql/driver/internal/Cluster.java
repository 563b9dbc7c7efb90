package io.repmysql.driver.internal;

import java.sql.Driver;

import io.repmysql.driver.RepMySqlUrl;
import io.repmysql.driver.RoutingMetrics;

/**
 * What the logical connections of one URL share: the physical driver, the reader back-off, the counters and the causal
 * position.
 *
 * @param url     the parsed URL
 * @param driver  opens physical connections (Connector/J; a stub in unit tests)
 * @param backoff whether the read port may be tried now, shared per reader address
 * @param metrics routing counters for the URL's cluster name
 * @param causal  consistency=causal's write position, shared by every connection to the cluster in this JVM
 */
public record Cluster(RepMySqlUrl url, Driver driver, ReaderBackoff backoff, RoutingMetrics metrics,
                      CausalState causal) {

    /** The shared state for {@code url}. */
    public static Cluster of(RepMySqlUrl url, Driver driver) {
        return new Cluster(url, driver, ReaderBackoff.forAddress(url.readerAddress()), RoutingMetrics.forName(url.name()),
                CausalState.of(url));
    }
}
