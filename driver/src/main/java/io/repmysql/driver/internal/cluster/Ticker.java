package io.repmysql.driver.internal.cluster;

/**
 * A monotonic clock in nanoseconds, the only time source of per-cluster state. Production uses
 * {@link System#nanoTime()}; tests pass one they advance by hand, so they need neither sleeps nor settings of 0.
 */
@FunctionalInterface
public interface Ticker {

    /** {@link System#nanoTime()}. */
    Ticker SYSTEM = System::nanoTime;

    /** Nanoseconds since an arbitrary origin; only differences mean anything. */
    long nanos();
}
