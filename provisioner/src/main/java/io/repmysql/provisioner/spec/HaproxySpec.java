package io.repmysql.provisioner.spec;

/**
 * @param writePort the port writes go to (the primary, then the write backup)
 * @param readPort the port reads go to (round robin over the replicas)
 * @param statsPort the stats page, {@code /stats} and {@code /stats;csv}, behind generated credentials
 * @param bindAddress the IP address the three ports listen on
 * @param check the health check of every node
 */
public record HaproxySpec(int writePort, int readPort, int statsPort, String bindAddress, CheckSpec check) {

    public static final String DEFAULT_BIND_ADDRESS = "127.0.0.1";

    public static HaproxySpec defaults() {
        return new HaproxySpec(3306, 3307, 8080, DEFAULT_BIND_ADDRESS, CheckSpec.defaults());
    }

    public HaproxySpec withPorts(int newWritePort, int newReadPort, int newStatsPort) {
        return new HaproxySpec(newWritePort, newReadPort, newStatsPort, bindAddress, check);
    }
}
