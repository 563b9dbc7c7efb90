package io.repmysql.demo.servedby;

import java.io.Serializable;

/**
 * Which database server answered, as the server itself says: {@code @@server_id}, {@code @@hostname},
 * {@code @@port}, {@code @@read_only}.
 *
 * @param via the HAProxy address the statement went through (the driver's writer or reader), or null
 */
public record ServerIdentity(long serverId, String hostname, int port, boolean readOnly, String via)
        implements Serializable {

    /** A read-only server is a replica here: the provisioner starts replicas read-only and the primary writable. */
    public String role() {
        return readOnly ? "replica" : "primary";
    }

    public String address() {
        return hostname + ":" + port;
    }
}
