package io.repmysql.provisioner.replication;

/**
 * One replica's replication threads, as {@code SHOW SLAVE/REPLICA STATUS} reports them.
 *
 * @param lagSeconds seconds behind the source, or null when the server cannot tell (SQL thread stopped)
 * @param lastError  the last IO or SQL thread error, empty when none
 */
public record ReplicaStatus(boolean ioRunning, boolean sqlRunning, Long lagSeconds, String lastError) {

    /** Healthy means both replication threads run. */
    public boolean healthy() {
        return ioRunning && sqlRunning;
    }
}
