package io.repmysql.demo.cluster;

/**
 * One database server as the cluster page draws it.
 *
 * @param role          {@code primary}, {@code replica}, or {@code replica, write backup}
 * @param serverId      the id the server reported when it answered this app, or null when it has not yet
 * @param status        HAProxy's state of the server on the port that matters for its role ({@code UP}, {@code DOWN}…)
 * @param check         the last health check, e.g. {@code L7OK 1 ms}
 * @param agent         what the lag agent reported, may be empty
 * @param servedReads   this page's reads came from this server
 * @param tookLastWrite this visitor's last write went to this server
 */
public record NodeView(String name, String address, String role, Long serverId, String status, String check,
                       long sessions, String agent, boolean servedReads, boolean tookLastWrite) {

    public boolean primary() {
        return role.equals("primary");
    }

    public Health health() {
        return status.startsWith("UP") ? Health.UP : status.startsWith("DOWN") ? Health.DOWN : Health.OTHER;
    }

    public enum Health { UP, DOWN, OTHER }
}
