package io.repmysql.driver;

import static org.assertj.core.api.Assertions.assertThat;

import java.lang.management.ManagementFactory;
import java.util.Map;
import java.util.concurrent.TimeUnit;

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
    void countsByTargetAndReason_andSumsIntoTheTotal() {
        RoutingMetrics total = new RoutingMetrics("total");
        RoutingMetrics metrics = new RoutingMetrics("metrics-test-1", total);

        metrics.record(Target.READER, Reason.READ_STATEMENT);
        metrics.record(Target.READER, Reason.READ_STATEMENT);
        metrics.record(Target.WRITER, Reason.READER_UNAVAILABLE);

        assertThat(metrics.count(Target.READER, Reason.READ_STATEMENT)).isEqualTo(2);
        assertThat(metrics.getReads()).isEqualTo(2);
        assertThat(metrics.getWrites()).isEqualTo(1);
        assertThat(metrics.getCounts()).isEqualTo(Map.of("READER/READ_STATEMENT", 2L, "WRITER/READER_UNAVAILABLE", 1L));
        assertThat(total.count(Target.WRITER, Reason.READER_UNAVAILABLE)).isEqualTo(1);
        assertThat(total.getReads()).isEqualTo(2);
    }

    @Test
    void theJvmsClusters_countIntoDriverMetrics() throws Exception {
        long before = RepMySqlDriver.metrics().count(Target.BOTH, Reason.SESSION_STATE);

        RepMySqlDriver.metrics("jdbc:repmysql://metrics-total/db").record(Target.BOTH, Reason.SESSION_STATE);

        assertThat(RepMySqlDriver.metrics().count(Target.BOTH, Reason.SESSION_STATE)).isEqualTo(before + 1);
        assertThat(RepMySqlDriver.metrics("jdbc:repmysql://metrics-total:3306/db?user=other").getBoth()).isEqualTo(1);
    }

    @Test
    void eachClusterOfTheJvm_isAJmxMxBean() throws Exception {
        RoutingMetrics metrics = RepMySqlDriver.metrics("jdbc:repmysql://host/db?clusterName=host:3306/db%3Fx");
        metrics.record(Target.BOTH, Reason.SESSION_STATE);
        ObjectName name = new ObjectName("io.repmysql:type=RoutingMetrics,name=" + ObjectName.quote("host:3306/db?x"));

        var server = ManagementFactory.getPlatformMBeanServer();
        assertThat(server.isRegistered(name)).isTrue();
        assertThat(server.getAttribute(name, "Both")).isEqualTo(1L);
        assertThat(((TabularData) server.getAttribute(name, "Counts")).size()).isEqualTo(1);
    }

    @Test
    void micrometerBinder_exposesTheCountersAsFunctionCounters() {
        RoutingMetrics metrics = new RoutingMetrics("metrics-test-micrometer");
        metrics.record(Target.WRITER, Reason.CONSISTENCY_TIMEOUT);
        metrics.recordRetry();
        SimpleMeterRegistry registry = new SimpleMeterRegistry();

        new RoutingMetricsBinder(metrics).bindTo(registry);

        assertThat(registry.get("repmysql.routing.statements").tags("cluster", "metrics-test-micrometer",
                "target", "WRITER", "reason", "CONSISTENCY_TIMEOUT").functionCounter().count()).isEqualTo(1.0);
        assertThat(registry.get("repmysql.routing.retries").functionCounter().count()).isEqualTo(1.0);
    }

    @Test
    void consistencyWaits_countTheirTimeIntoTheTotal_andATimer() {
        RoutingMetrics total = new RoutingMetrics("total");
        RoutingMetrics metrics = new RoutingMetrics("metrics-test-waits", total);
        SimpleMeterRegistry registry = new SimpleMeterRegistry();
        new RoutingMetricsBinder(metrics).bindTo(registry);

        metrics.recordConsistencyWait(3_000_000, false);
        metrics.recordConsistencyWait(1_000_000, true);

        assertThat(metrics.getConsistencyWaits()).isEqualTo(2);
        assertThat(metrics.getJoinedConsistencyWaits()).isEqualTo(1);
        assertThat(metrics.getConsistencyWaitNanos()).isEqualTo(4_000_000);
        assertThat(total.getConsistencyWaitNanos()).isEqualTo(4_000_000);
        var timer = registry.get("repmysql.routing.consistency.wait.time").tag("cluster", "metrics-test-waits")
                .functionTimer();
        assertThat(timer.count()).isEqualTo(2.0);
        assertThat(timer.totalTime(TimeUnit.MILLISECONDS)).isEqualTo(4.0);
        assertThat(timer.mean(TimeUnit.MILLISECONDS)).isEqualTo(2.0);
        assertThat(metrics.toString()).contains("consistencyWaits=2, joined=1, waited=4 ms");
    }

    @Test
    void theJvmsClusters_joinMicrometersGlobalRegistryWhenMicrometerIsPresent() throws Exception {
        SimpleMeterRegistry registry = new SimpleMeterRegistry();
        Metrics.addRegistry(registry);
        try {
            RepMySqlDriver.metrics("jdbc:repmysql://h/db?clusterName=metrics-test-global")
                    .record(Target.READER, Reason.READ_STATEMENT);

            assertThat(Metrics.globalRegistry.get("repmysql.routing.statements")
                    .tags("cluster", "metrics-test-global", "target", "READER", "reason", "READ_STATEMENT")
                    .functionCounter().count()).isEqualTo(1.0);
        } finally {
            Metrics.removeRegistry(registry);
        }
    }

    @Test
    void aDriverWithAPhysicalDriverOfItsOwn_publishesNothing() throws Exception {
        RepMySqlDriver own = new RepMySqlDriver(new StubServers());
        try (var connection = own.connect("jdbc:repmysql://h/db?clusterName=metrics-test-unexported", null)) {
            connection.createStatement().executeQuery("SELECT 1");
        }
        ObjectName name = new ObjectName("io.repmysql:type=RoutingMetrics,name=metrics-test-unexported");

        assertThat(ManagementFactory.getPlatformMBeanServer().isRegistered(name)).isFalse();
        assertThat(own.clusterMetrics(RepMySqlUrl.parse("jdbc:repmysql://h/db?clusterName=metrics-test-unexported", null))
                .getReads()).isEqualTo(1);
    }
}
