package io.repmysql.driver.internal.cluster;

import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicReference;

/**
 * What each replica of one cluster is known to have applied, learnt from the GTID waits of every connection to it.
 * A replica's applied position only grows, so once one connection has seen a replica reach a position, no other
 * connection to that replica needs to wait for it: a pool of twenty connections over two replicas waits twice after a
 * write, not twenty times. Reads that need a position while another connection is already waiting for it on the same
 * replica join that wait in this JVM instead of sending their own. Shared through {@link ClusterState}; thread-safe
 * and lock-free on the read path.
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
        /** The wait a connection runs on this replica now (the latest begun), null when none. */
        private final AtomicReference<Wait> running = new AtomicReference<>();

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

        /** The wait another connection runs on this replica now for at least {@code target}; null when none. */
        public Wait running(GtidPosition target) {
            Wait wait = running.get();
            return wait != null && wait.target.covers(target) ? wait : null;
        }

        /**
         * A connection begins to wait on this replica for {@code target}; others needing no more may join it. The
         * caller must {@link Wait#ended end} it whatever happens.
         */
        public Wait begin(GtidPosition target) {
            Wait wait = new Wait(this, target);
            running.set(wait);
            return wait;
        }
    }

    /** One connection's wait on a replica, which other connections to that replica can join. */
    public static final class Wait {

        private final Replica replica;
        private final GtidPosition target;
        private final CompletableFuture<Boolean> outcome = new CompletableFuture<>();

        private Wait(Replica replica, GtidPosition target) {
            this.replica = replica;
            this.target = target;
        }

        /**
         * The wait is over: {@code reached} true when the replica reached the target, false when the server's
         * timeout ran out first, null when it failed (the connection broke).
         */
        public void ended(Boolean reached) {
            if (Boolean.TRUE.equals(reached)) {
                replica.reached(target);
            }
            replica.running.compareAndSet(this, null);
            if (reached == null) {
                outcome.completeExceptionally(new IllegalStateException("the wait failed"));
            } else {
                outcome.complete(reached);
            }
        }

        /**
         * Joins the wait for at most {@code nanos}: true when the replica reached the target, false when the
         * server's timeout ran out, null when it failed or did not end in time (the caller then waits itself).
         */
        public Boolean join(long nanos) {
            try {
                return outcome.get(nanos, TimeUnit.NANOSECONDS);
            } catch (ExecutionException | TimeoutException e) {
                return null;
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return null;
            }
        }
    }
}
