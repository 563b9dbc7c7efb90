package io.repmysql.provisioner.docker;

/** The labels everything {@code up} creates carries; {@code down} and {@code status} find things by them. */
public final class Labels {
    /** The cluster's name: {@code io.repmysql.cluster=<name>}. */
    public static final String CLUSTER = "io.repmysql.cluster";
    /** {@code primary}, {@code replica} or {@code haproxy}. */
    public static final String ROLE = "io.repmysql.role";
    /** The node's name inside the cluster, e.g. {@code replica-2}. */
    public static final String NODE = "io.repmysql.node";

    private Labels() {
    }
}
