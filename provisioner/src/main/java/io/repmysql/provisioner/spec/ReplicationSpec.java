package io.repmysql.provisioner.spec;

/**
 * @param semiSync lossless semi-synchronous replication when true
 * @param maxLagSeconds a replica lagging more is drained from the read port
 */
public record ReplicationSpec(boolean semiSync, int maxLagSeconds) {

    public static ReplicationSpec defaults() {
        return new ReplicationSpec(false, 30);
    }
}
