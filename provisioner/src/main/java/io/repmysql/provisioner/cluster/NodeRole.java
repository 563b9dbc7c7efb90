package io.repmysql.provisioner.cluster;

import java.util.Locale;

/** A node's place in the topology. */
public enum NodeRole {
    PRIMARY,
    REPLICA,
    /** A former primary after failover: read-only or stopped, never re-added by itself. */
    FENCED;

    /** The value of the {@code io.repmysql.role} label and of the node image's {@code REPMYSQL_ROLE}. */
    public String label() {
        return name().toLowerCase(Locale.ROOT);
    }
}
