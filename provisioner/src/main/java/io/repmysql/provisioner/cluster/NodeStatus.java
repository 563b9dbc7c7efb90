package io.repmysql.provisioner.cluster;

/**
 * One row of {@code status}: a node as Docker, the server itself and HAProxy see it.
 *
 * @param container    Docker's state: running, exited, missing…
 * @param ioThread     replication IO thread running; null for the primary or when unreachable
 * @param sqlThread    replication SQL thread running; null likewise
 * @param lagSeconds   seconds behind the primary; null when unknown
 * @param readOnly     the server's read_only; null when unreachable
 * @param haproxy      HAProxy's view, e.g. {@code write:UP read:UP}; empty when HAProxy does not list it
 * @param problem      what is wrong, empty when healthy
 */
public record NodeStatus(String name, String role, long serverId, int port, String container, Boolean ioThread,
                         Boolean sqlThread, Long lagSeconds, Boolean readOnly, String haproxy, String problem) {

    public boolean healthy() {
        return problem.isEmpty();
    }
}
