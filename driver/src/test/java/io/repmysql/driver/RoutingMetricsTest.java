package io.repmysql.driver;

import static org.assertj.core.api.Assertions.assertThat;

import java.lang.management.ManagementFactory;
import java.util.Map;

import javax.management.ObjectName;
import javax.management.openmbean.TabularData;

import org.junit.jupiter.api.Test;

import io.micrometer.core.instrument.Metrics;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import io.repmysql.driver.micrometer.RoutingMetricsBinder;
import io.repmysql.driver.routing.Reason;
import io.repmysql.driver.routing.Target;

class RoutingMetricsTest {

    @Test
    void countsByTargetAndReason_andSumsIntoTheGlobalCounters() {
        RoutingMetrics metrics = RoutingMetrics.forName("metrics-test-1");
        long globalBefore = RoutingMetrics.global().count(Target.WRITER, Reason.READER_UNAVAILABLE);

        metrics.record(Target.READER, Reason.READ_STATEMENT);
        metrics.record(Target.READER, Reason.READ_STATEMENT);
        metrics.record(Target.WRITER, Reason.READER_UNAVAILABLE);

        assertThat(metrics.count(Target.READER, Reason.READ_STATEMENT)).isEqualTo(2);
        assertThat(metrics.getReads()).isEqualTo(2);
        assertThat(metrics.getWrites()).isEqualTo(1);
        assertThat(metrics.getCounts()).isEqualTo(Map.of("READER/READ_STATEMENT", 2L, "WRITER/READER_UNAVAILABLE", 1L));
        assertThat(RoutingMetrics.global().count(Target.WRITER, Reason.READER_UNAVAILABLE)).isEqualTo(globalBefore + 1);
        assertThat(RepMySqlDriver.metrics()).isSameAs(RoutingMetrics.global());
    }

    @Test
    void eachNamedInstance_isAJmxMxBean() throws Exception {
        RoutingMetrics metrics = RoutingMetrics.forName("host:3306/db?x");
        metrics.record(Target.BOTH, Reason.SESSION_STATE);
        ObjectName name = new ObjectName("io.repmysql:type=RoutingMetrics,name=" + ObjectName.quote("host:3306/db?x"));

        var server = ManagementFactory.getPlatformMBeanServer();
        assertThat(server.isRegistered(name)).isTrue();
        assertThat(server.getAttribute(name, "Both")).isEqualTo(1L);
        assertThat(((TabularData) server.getAttribute(name, "Counts")).size()).isEqualTo(1);
    }

    @Test
    void micrometerBinder_exposesTheCountersAsFunctionCounters() {
        RoutingMetrics metrics = RoutingMetrics.forName("metrics-test-micrometer");
        metrics.record(Target.WRITER, Reason.CONSISTENCY_TIMEOUT);
        metrics.recordRetry();
        SimpleMeterRegistry registry = new SimpleMeterRegistry();

        new RoutingMetricsBinder(metrics).bindTo(registry);

        assertThat(registry.get("repmysql.routing.statements").tags("cluster", "metrics-test-micrometer",
                "target", "WRITER", "reason", "CONSISTENCY_TIMEOUT").functionCounter().count()).isEqualTo(1.0);
        assertThat(registry.get("repmysql.routing.retries").functionCounter().count()).isEqualTo(1.0);
    }

    @Test
    void namedInstances_joinMicrometersGlobalRegistryWhenMicrometerIsPresent() {
        SimpleMeterRegistry registry = new SimpleMeterRegistry();
        Metrics.addRegistry(registry);
        try {
            RoutingMetrics.forName("metrics-test-global").record(Target.READER, Reason.READ_STATEMENT);

            assertThat(Metrics.globalRegistry.get("repmysql.routing.statements")
                    .tags("cluster", "metrics-test-global", "target", "READER", "reason", "READ_STATEMENT")
                    .functionCounter().count()).isEqualTo(1.0);
        } finally {
            Metrics.removeRegistry(registry);
        }
    }
}
