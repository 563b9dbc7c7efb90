package io.repmysql.driver.internal.cluster;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicReference;

/**
 * What each replica of one cluster is known to have applied, learnt from the GTID waits of every connection to it.
 * A replica's applied position only grows, so once one connection has seen a replica reach a position, no other
 * connection to that replica needs to wait for it: a pool of twenty connections over two replicas waits twice after a
 * write, not twenty times. Shared through {@link ClusterState}; thread-safe and lock-free on the read path.
 *
 * <p>A replica is known by its identity (server id or uuid, host and port) together with the time it started. A
 * replica restarted or rebuilt from an older backup under the same identity may hold less than before, so a new
 * start time begins from nothing.
 */
public final class ReplicaPositions {

    /** Two estimates of one start time (the server's clock minus its uptime, in whole seconds) differ by at most this. */
    static final long START_TOLERANCE_SECONDS = 2;
    /** More identities than a cluster has replicas come from restarts; past this many the old ones are dropped. */
    static final int MAX_REPLICAS = 256;

    private final Map<String, Replica> replicas = new ConcurrentHashMap<>();

    /** The replica known as {@code identity} that started at {@code startedSeconds} (epoch seconds). */
    public Replica replica(String identity, long startedSeconds) {
        Replica known = replicas.get(identity);
        if (known != null && known.startedAt(startedSeconds)) {
            return known;
        }
        if (replicas.size() >= MAX_REPLICAS) {
            replicas.clear();
        }
        return replicas.merge(identity, new Replica(startedSeconds),
                (old, fresh) -> old.startedAt(fresh.startedSeconds) ? old : fresh);
    }

    /** One replica process: the highest position any connection has seen it reach. */
    public static final class Replica {

        private final long startedSeconds;
        private final AtomicReference<GtidPosition> applied = new AtomicReference<>(GtidPosition.EMPTY);

        Replica(long startedSeconds) {
            this.startedSeconds = startedSeconds;
        }

        private boolean startedAt(long seconds) {
            return Math.abs(seconds - startedSeconds) <= START_TOLERANCE_SECONDS;
        }

        /** A position this replica is known to have applied. */
        public GtidPosition applied() {
            return applied.get();
        }

        /** A connection saw this replica reach {@code position}. */
        public void reached(GtidPosition position) {
            if (!position.isEmpty() && !applied.get().covers(position)) {
                applied.accumulateAndGet(position, GtidPosition::merge);
            }
        }
    }
}
