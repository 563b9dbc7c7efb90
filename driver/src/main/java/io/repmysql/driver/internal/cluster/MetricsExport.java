package io.repmysql.driver.internal.cluster;

import java.lang.management.ManagementFactory;

import javax.management.JMException;
import javax.management.ObjectName;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import io.repmysql.driver.RoutingMetrics;
import io.repmysql.driver.micrometer.RoutingMetricsBinder;

/** Publishes a named {@link RoutingMetrics} over JMX, and to Micrometer's global registry when it is present. */
public final class MetricsExport {

    private static final Logger LOG = LoggerFactory.getLogger(MetricsExport.class);
    private static final boolean MICROMETER = present("io.micrometer.core.instrument.Metrics");

    private MetricsExport() {
    }

    /** Exports and returns {@code metrics}; a failure costs the export, never the connection. */
    public static RoutingMetrics export(RoutingMetrics metrics) {
        try {
            ObjectName name = new ObjectName("io.repmysql:type=RoutingMetrics,name="
                    + ObjectName.quote(metrics.getName()));
            if (!ManagementFactory.getPlatformMBeanServer().isRegistered(name)) {
                ManagementFactory.getPlatformMBeanServer().registerMBean(metrics, name);
            }
        } catch (JMException | RuntimeException e) {
            LOG.warn("{}: routing metrics not exported over JMX: {}", metrics.getName(), e.toString());
        }
        if (MICROMETER) {
            // Only resolved here, so the binder (and Micrometer) load only when Micrometer is on the classpath.
            RoutingMetricsBinder.bindToGlobalRegistry(metrics);
        }
        return metrics;
    }

    private static boolean present(String className) {
        try {
            Class.forName(className, false, MetricsExport.class.getClassLoader());
            return true;
        } catch (ClassNotFoundException | LinkageError e) {
            return false;
        }
    }
}
