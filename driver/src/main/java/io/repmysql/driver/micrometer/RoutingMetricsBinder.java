package io.repmysql.driver.micrometer;

import java.util.concurrent.TimeUnit;

import io.micrometer.core.instrument.FunctionCounter;
import io.micrometer.core.instrument.FunctionTimer;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Metrics;
import io.micrometer.core.instrument.binder.MeterBinder;
import io.repmysql.driver.RoutingMetrics;
import io.repmysql.driver.routing.Reason;
import io.repmysql.driver.routing.Target;

/**
 * Binds {@link RoutingMetrics} to a Micrometer registry: {@code repmysql.routing.statements} tagged cluster, target
 * and reason, plus {@code repmysql.routing.retries}, {@code repmysql.routing.consistency.waits} (and {@code .joined})
 * and the timer {@code repmysql.routing.consistency.wait.time}. Only loaded when Micrometer is on the classpath (it is
 * an optional dependency of the driver).
 */
public final class RoutingMetricsBinder implements MeterBinder {

    private final RoutingMetrics metrics;

    public RoutingMetricsBinder(RoutingMetrics metrics) {
        this.metrics = metrics;
    }

    /** Binds {@code metrics} to {@link Metrics#globalRegistry}, which Spring Boot's registries join by default. */
    public static void bindToGlobalRegistry(RoutingMetrics metrics) {
        new RoutingMetricsBinder(metrics).bindTo(Metrics.globalRegistry);
    }

    @Override
    public void bindTo(MeterRegistry registry) {
        String cluster = metrics.getName();
        for (Target target : Target.values()) {
            for (Reason reason : Reason.values()) {
                FunctionCounter.builder("repmysql.routing.statements", metrics, m -> m.count(target, reason))
                        .description("Statements routed, by target and reason")
                        .tags("cluster", cluster, "target", target.name(), "reason", reason.name())
                        .register(registry);
            }
        }
        FunctionCounter.builder("repmysql.routing.retries", metrics, RoutingMetrics::getRetries)
                .description("Autocommit reads retried after the reader failed during execute")
                .tag("cluster", cluster).register(registry);
        FunctionCounter.builder("repmysql.routing.consistency.waits", metrics, RoutingMetrics::getConsistencyWaits)
                .description("Reads that first waited on the reader for writes they must see (consistency=session or causal)")
                .tag("cluster", cluster).register(registry);
        FunctionCounter.builder("repmysql.routing.consistency.waits.joined", metrics,
                        RoutingMetrics::getJoinedConsistencyWaits)
                .description("Consistency waits that joined another connection's wait on the same replica, with no "
                        + "statement of their own")
                .tag("cluster", cluster).register(registry);
        FunctionTimer.builder("repmysql.routing.consistency.wait.time", metrics, RoutingMetrics::getConsistencyWaits,
                        RoutingMetrics::getConsistencyWaitNanos, TimeUnit.NANOSECONDS)
                .description("Time reads spent waiting on the reader for writes they must see")
                .tag("cluster", cluster).register(registry);
    }
}
