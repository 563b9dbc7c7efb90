package io.repmysql.driver.internal.cluster;

import java.util.concurrent.atomic.AtomicBoolean;

/**
 * Whether the read port may be tried now. Shared by every connection to the same read port of a cluster
 * ({@link ClusterState#backoff}), so a pool of fifty connections does not try a dead port fifty times per back-off
 * period, and logs the outage once.
 */
public final class ReaderBackoff {

    private final Ticker ticker;
    private final AtomicBoolean down = new AtomicBoolean();
    private volatile long retryAtNanos;

    public ReaderBackoff(Ticker ticker) {
        this.ticker = ticker;
    }

    /** True when the reader is believed up, or its back-off has run out. */
    public boolean mayTry() {
        return !down.get() || ticker.nanos() - retryAtNanos >= 0;
    }

    /** Opening the reader failed: wait {@code backoffMs}. True only for the call that marked it down. */
    public boolean failed(long backoffMs) {
        retryAtNanos = ticker.nanos() + backoffMs * 1_000_000L;
        return down.compareAndSet(false, true);
    }

    /** Opening the reader worked. True only for the call that brought it back. */
    public boolean succeeded() {
        return down.get() && down.compareAndSet(true, false);
    }

    public boolean isDown() {
        return down.get();
    }
}
