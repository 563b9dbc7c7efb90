package io.repmysql.provisioner.cluster;

import java.util.List;

/**
 * What {@code status} reports.
 *
 * @param health  HEALTHY (exit 0), DEGRADED (exit 1: serves, but something is down), NOT_RUNNING (exit 2)
 * @param haproxy the HAProxy container's state
 */
public record ClusterStatus(String cluster, Health health, String haproxy, int writePort, int readPort,
                            int statsPort, List<NodeStatus> nodes) {

    public enum Health {
        HEALTHY(0), DEGRADED(1), NOT_RUNNING(2);

        private final int exitCode;

        Health(int exitCode) {
            this.exitCode = exitCode;
        }

        public int exitCode() {
            return exitCode;
        }
    }
}
