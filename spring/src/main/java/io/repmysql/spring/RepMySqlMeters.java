package io.repmysql.spring;

import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Metrics;
import io.micrometer.core.instrument.TimeGauge;
import io.micrometer.core.instrument.binder.MeterBinder;
import io.repmysql.driver.RepMySqlDriver;
import io.repmysql.driver.RepMySqlUrl;
import io.repmysql.driver.RoutingMetrics;
import io.repmysql.driver.micrometer.RoutingMetricsBinder;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.sql.SQLException;
import java.util.Optional;
import java.util.concurrent.TimeUnit;

/**
 * Binds the cluster's routing counters to the application's registry (the driver also binds them to Micrometer's
 * global registry, which Spring Boot's registries join unless {@code management.metrics.use-global-registry=false}),
 * plus two gauges: {@code repmysql.reads.on.fallback} (1 while the reader is backed off) and
 * {@code repmysql.consistency.wait.recent} (the longest of the last consistency waits).
 */
public class RepMySqlMeters implements MeterBinder {

    private static final Logger LOG = LoggerFactory.getLogger(RepMySqlMeters.class);

    private final RepMySqlCluster cluster;

    public RepMySqlMeters(RepMySqlCluster cluster) {
        this.cluster = cluster;
    }

    @Override
    public void bindTo(MeterRegistry registry) {
        Optional<RepMySqlUrl> url;
        try {
            url = cluster.url();
        } catch (SQLException e) {
            LOG.warn("repmysql metrics not bound: the cluster cannot be reached: {}", e.getMessage());
            return;
        }
        url.ifPresent(found -> bind(found, registry));
    }

    private static void bind(RepMySqlUrl url, MeterRegistry registry) {
        RoutingMetrics metrics = RepMySqlDriver.metrics(url);
        if (!Metrics.globalRegistry.getRegistries().contains(registry)) {
            // Else the driver's own binding to the global registry already reaches this one.
            new RoutingMetricsBinder(metrics).bindTo(registry);
        }
        Gauge.builder("repmysql.reads.on.fallback", url, u -> RepMySqlDriver.health(u).readsOnFallback() ? 1 : 0)
                .description("1 while the read port is backed off and reads go to the writer")
                .tag("cluster", url.name()).register(registry);
        TimeGauge.builder("repmysql.consistency.wait.recent", url, TimeUnit.NANOSECONDS,
                        u -> RepMySqlDriver.health(u).recentReplicaDelay().toNanos())
                .description("The longest of the last consistency waits: the replica delay reads saw")
                .tag("cluster", url.name()).register(registry);
    }
}
