package io.repmysql.demo.servedby;

import java.io.Serializable;

/**
 * Which database server answered, as the server itself says: {@code @@server_id}, {@code @@hostname},
 * {@code @@port}, {@code @@read_only}; and, as the driver says, whether the transaction's reads waited for their
 * replica and whether they fell back to the primary.
 *
 * @param via      the HAProxy address the statement went through (the driver's writer or reader), or null
 * @param waitedMs how long the transaction's reads waited for their replica to reach the writes they must see
 * @param fallback why reads meant for a replica went to the primary ({@code CONSISTENCY_TIMEOUT},
 *                 {@code READER_UNAVAILABLE}), or null when they did not
 */
public record ServerIdentity(long serverId, String hostname, int port, boolean readOnly, String via, long waitedMs,
                             String fallback) implements Serializable {

    public boolean waited() {
        return waitedMs > 0;
    }

    /** A read-only server is a replica here: the provisioner starts replicas read-only and the primary writable. */
    public String role() {
        return readOnly ? "replica" : "primary";
    }

    public String address() {
        return hostname + ":" + port;
    }
}
