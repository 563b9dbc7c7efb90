package io.repmysql.provisioner.haproxy;

/**
 * One line of HAProxy's {@code /stats;csv}: a server of a proxy (listen section), or its FRONTEND/BACKEND line.
 *
 * @param proxy  {@code pxname}, e.g. {@code write_nodes}
 * @param server {@code svname}, e.g. {@code primary}, {@code FRONTEND}, {@code BACKEND}
 * @param status {@code UP}, {@code DOWN}, {@code MAINT}, {@code DRAIN}, {@code no check}, {@code OPEN}…
 * @param check  {@code check_status}, e.g. {@code L7OK}, {@code L4CON}
 * @param backup true for a backup server
 */
public record StatsRow(String proxy, String server, String status, String check, boolean backup,
                       long currentSessions, long totalSessions) {

    public boolean isServer() {
        return !"FRONTEND".equals(server) && !"BACKEND".equals(server);
    }

    public boolean up() {
        return status.startsWith("UP");
    }
}
