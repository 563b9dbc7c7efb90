package io.repmysql.haproxy.stats;

/**
 * One line of HAProxy's {@code /stats;csv}: a server of a proxy, or the proxy's FRONTEND/BACKEND line.
 *
 * @param proxy         {@code pxname}: {@link Proxies#WRITE}, {@link Proxies#READ}…
 * @param server        {@code svname}: {@code primary}, {@code replica-1}…, {@code FRONTEND}, {@code BACKEND}
 * @param address       {@code addr}: HOST:PORT of the server, empty when HAProxy does not say
 * @param status        {@code UP}, {@code DOWN}, {@code MAINT}, {@code DRAIN}, {@code UP 1/2}, {@code OPEN}…
 * @param check         {@code check_status}: {@code L7OK}, {@code L4CON}…
 * @param checkMillis   {@code check_duration}, -1 when unknown
 * @param backup        {@code bck}
 * @param sessions      {@code scur}: open sessions now
 * @param totalSessions {@code stot}
 * @param agent         {@code last_agt}: what the agent check said (the nodes' lag agent), may be empty
 */
public record StatsRow(String proxy, String server, String address, String status, String check, long checkMillis,
                       boolean backup, long sessions, long totalSessions, String agent) {

    /** A server line, not the proxy's FRONTEND or BACKEND summary. */
    public boolean isServer() {
        return !"FRONTEND".equals(server) && !"BACKEND".equals(server);
    }

    public boolean up() {
        return status.startsWith("UP");
    }

    public boolean down() {
        return status.startsWith("DOWN");
    }

    /** The port of {@link #address}, or -1. */
    public int port() {
        int colon = address.lastIndexOf(':');
        try {
            return colon < 0 ? -1 : Integer.parseInt(address.substring(colon + 1));
        } catch (NumberFormatException e) {
            return -1;
        }
    }
}
