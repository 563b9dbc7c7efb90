package io.repmysql.demo.cluster;

/**
 * One server line of HAProxy's {@code /stats;csv}.
 *
 * @param proxy         {@code pxname}: {@code write_nodes} or {@code read_nodes}
 * @param server        {@code svname}: {@code primary}, {@code replica-1}…
 * @param address       {@code addr}: HOST:PORT of the server, empty when HAProxy does not say
 * @param status        {@code UP}, {@code DOWN}, {@code MAINT}, {@code DRAIN}, {@code UP 1/2}…
 * @param check         {@code check_status}: {@code L7OK}, {@code L4CON}…
 * @param checkMillis   {@code check_duration}, -1 when unknown
 * @param backup        {@code bck}
 * @param sessions      {@code scur}: open sessions now
 * @param totalSessions {@code stot}
 * @param agent         {@code last_agt}: what the agent check said (the provisioner's lag agent), may be empty
 */
public record StatsRow(String proxy, String server, String address, String status, String check, long checkMillis,
                       boolean backup, long sessions, long totalSessions, String agent) {

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
