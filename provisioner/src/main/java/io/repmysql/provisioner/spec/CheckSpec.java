package io.repmysql.provisioner.spec;

/**
 * HAProxy's health check of every node.
 *
 * @param interMs milliseconds between two checks
 * @param fall consecutive failed checks that mark a node down
 */
public record CheckSpec(int interMs, int fall) {

    /**
     * A killed primary is marked down 0.25-1.25 s after it died (a refused connection fails a check at once, and
     * the next check follows a quarter interval later), while a primary that stalls for a second still passes: a
     * check waits up to 5 s ({@code timeout check}) for the server's greeting. docs/operations.md has the measured
     * trade-off.
     */
    public static CheckSpec defaults() {
        return new CheckSpec(1000, 2);
    }
}
