package io.repmysql.provisioner.replication;

/**
 * One replica's replication threads, as {@code SHOW SLAVE/REPLICA STATUS} reports them.
 *
 * @param lagSeconds seconds behind the source, or null when the server cannot tell (SQL thread stopped)
 * @param lastError  the last IO or SQL thread error, empty when none
 * @param receivedGtids the GTIDs the IO thread has received from the source (applied or not)
 */
public record ReplicaStatus(boolean ioRunning, boolean sqlRunning, Long lagSeconds, String lastError,
                            String receivedGtids) {

    /** Healthy means both replication threads run. */
    public boolean healthy() {
        return ioRunning && sqlRunning;
    }
}
