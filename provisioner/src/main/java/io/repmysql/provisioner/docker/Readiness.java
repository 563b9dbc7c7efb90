package io.repmysql.provisioner.docker;

import java.time.Duration;
import java.util.concurrent.Callable;

/**
 * Waits until a real probe succeeds (a query, not an open port), keeping the last failure as the cause, the way
 * Testcontainers' MySQL module waits for its database.
 */
public final class Readiness {

    private Readiness() {
    }

    /** Calls {@code probe} until it returns without throwing, or fails after {@code timeout}. */
    public static <T> T await(String what, Duration timeout, Duration interval, Callable<T> probe) {
        long deadline = System.nanoTime() + timeout.toNanos();
        Exception last = null;
        while (true) {
            try {
                return probe.call();
            } catch (Exception e) {
                last = e;
            }
            if (System.nanoTime() - deadline >= 0) {
                throw new NotReadyException(what + " was not ready within " + timeout.toSeconds() + "s"
                        + (last.getMessage() == null ? "" : "; last error: " + last.getMessage()), last);
            }
            try {
                Thread.sleep(interval.toMillis());
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new NotReadyException("interrupted while waiting for " + what, e);
            }
        }
    }

    /** A probe that never succeeded before its deadline; the cause is its last failure. */
    public static final class NotReadyException extends RuntimeException {
        public NotReadyException(String message, Throwable cause) {
            super(message, cause);
        }
    }
}
