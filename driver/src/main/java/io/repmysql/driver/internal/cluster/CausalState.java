package io.repmysql.driver.internal.cluster;

import java.sql.SQLException;
import java.util.concurrent.atomic.AtomicReference;

/**
 * consistency=causal: the highest write position of one cluster seen in this JVM, shared by every connection to it
 * (all pools, all DataSources, all threads) through its {@link ClusterState}. Writers advance it from session
 * tracking; readers wait for it; tokens carry it to other JVMs and merge it back. Thread-safe and lock-free.
 */
public final class CausalState {

    private final String clusterName;
    private final AtomicReference<GtidPosition> position = new AtomicReference<>(GtidPosition.EMPTY);

    /** The state of the cluster named {@code clusterName}; {@link ClusterState} holds the shared one. */
    public CausalState(String clusterName) {
        this.clusterName = clusterName;
    }

    public String clusterName() {
        return clusterName;
    }

    /** The highest position written or observed so far. */
    public GtidPosition position() {
        return position.get();
    }

    /** A writer reported {@code gtid} (a GTID or GTID set as the server prints it); ignored when unparsable. */
    public void wrote(String gtid) {
        GtidPosition written;
        try {
            written = GtidPosition.parse(gtid);
        } catch (IllegalArgumentException e) {
            return;
        }
        advance(written);
    }

    /** Merges {@code other} into the shared position. */
    public void advance(GtidPosition other) {
        if (!other.isEmpty()) {
            position.accumulateAndGet(other, GtidPosition::merge);
        }
    }

    /** An opaque, URL-safe token covering every write this JVM has made (or observed) to the cluster. */
    public String token() {
        return CausalToken.encode(clusterName, position.get());
    }

    /** Merges a token of this cluster; every later causal read sees its writes. */
    public void observe(String token) throws SQLException {
        advance(CausalToken.decode(clusterName, token));
    }
}
