package io.repmysql.provisioner.spec;

/**
 * HAProxy's health check of every node.
 *
 * @param interMs milliseconds between two checks
 * @param fall consecutive failed checks that mark a node down
 */
public record CheckSpec(int interMs, int fall) {

    public static CheckSpec defaults() {
        return new CheckSpec(2000, 3);
    }
}
