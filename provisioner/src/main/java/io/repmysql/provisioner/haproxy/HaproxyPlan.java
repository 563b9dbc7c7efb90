package io.repmysql.provisioner.haproxy;

import io.repmysql.provisioner.secrets.ClusterSecrets;
import io.repmysql.provisioner.spec.Addresses;
import io.repmysql.provisioner.spec.ClusterSpec;
import io.repmysql.provisioner.spec.Flavor;
import io.repmysql.provisioner.spec.NetworkMode;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;

/**
 * Everything HAProxy's config says, for the current topology (after a failover the primary is another node
 * than the cluster file's). Every value is checked here, so a plan always renders to a config HAProxy accepts.
 *
 * @param writeBackup the backup server of the write port, or {@code null}
 * @param agentPort the lag agent's port on every reader without its own, or {@code null} for no agent check
 * @param dnsResolver {@code ip:port} of a name server that re-resolves server host names at run time (Docker's
 *     {@value #DOCKER_DNS} in bridge mode), or {@code null} to resolve once at start
 * @param serverCheck how a server's health is checked: HAProxy's mysql-check, or a handshake for MySQL 9
 */
public record HaproxyPlan(String bindAddress, int writePort, int readPort, int statsPort, String statsUser,
        String statsPassword, String monitorUser, int checkInterMs, int checkFall, HaproxyServer primary,
        HaproxyServer writeBackup, List<HaproxyServer> readers, Integer agentPort, String dnsResolver,
        ServerCheck serverCheck) {

    public static final String DOCKER_DNS = "127.0.0.11:53";
    /** Inside a bridge network HAProxy listens on every interface; Docker publishes the ports on bindAddress. */
    public static final String BRIDGE_BIND_ADDRESS = "0.0.0.0";

    public HaproxyPlan {
        if (!Addresses.isIpLiteral(bindAddress)) {
            throw new IllegalArgumentException("bind address '" + bindAddress + "' is not an IP address; use e.g. "
                    + "127.0.0.1");
        }
        ConfigValues.port("write port", writePort);
        ConfigValues.port("read port", readPort);
        ConfigValues.port("stats port", statsPort);
        if (new HashSet<>(List.of(writePort, readPort, statsPort)).size() != 3) {
            throw new IllegalArgumentException("write port " + writePort + ", read port " + readPort
                    + " and stats port " + statsPort + " must all be different");
        }
        ConfigValues.name("stats user", statsUser);
        ConfigValues.secret("the stats password", statsPassword);
        ConfigValues.name("monitor user", monitorUser);
        ConfigValues.atLeast("check interval (ms)", checkInterMs, 1);
        ConfigValues.atLeast("check fall", checkFall, 1);
        Objects.requireNonNull(primary, "primary: the write port needs a primary server");
        readers = List.copyOf(readers);
        if (writeBackup != null && writeBackup.name().equals(primary.name())) {
            throw new IllegalArgumentException("write backup '" + writeBackup.name() + "' has the primary's name; "
                    + "give every server its own name");
        }
        Set<String> readerNames = new HashSet<>();
        for (HaproxyServer reader : readers) {
            if (!readerNames.add(reader.name())) {
                throw new IllegalArgumentException("reader '" + reader.name() + "' is listed twice; give every "
                        + "server its own name");
            }
        }
        if (agentPort != null) {
            ConfigValues.port("agent port", agentPort);
        }
        Objects.requireNonNull(serverCheck, "serverCheck");
        if (dnsResolver != null) {
            int colon = dnsResolver.lastIndexOf(':');
            if (colon < 0 || !Addresses.isIpLiteral(dnsResolver.substring(0, colon))
                    || !dnsResolver.substring(colon + 1).matches("\\d{1,5}")) {
                throw new IllegalArgumentException("DNS resolver '" + dnsResolver + "' is not ip:port; use e.g. "
                        + DOCKER_DNS);
            }
        }
    }

    /**
     * The plan for a cluster file and its secrets with the given topology. In bridge mode HAProxy binds
     * {@value #BRIDGE_BIND_ADDRESS} inside the network and resolves container names through Docker's DNS.
     */
    public static HaproxyPlan forCluster(ClusterSpec spec, ClusterSecrets secrets, HaproxyServer primary,
            HaproxyServer writeBackup, List<HaproxyServer> readers) {
        boolean bridge = spec.network() == NetworkMode.BRIDGE;
        return new HaproxyPlan(bridge ? BRIDGE_BIND_ADDRESS : spec.haproxy().bindAddress(),
                spec.haproxy().writePort(), spec.haproxy().readPort(), spec.haproxy().statsPort(),
                secrets.statsUser(), secrets.statsPassword(), spec.users().monitor().name(),
                spec.haproxy().check().interMs(), spec.haproxy().check().fall(), primary, writeBackup, readers,
                null, bridge ? DOCKER_DNS : null,
                spec.flavor() == Flavor.MYSQL ? ServerCheck.HANDSHAKE : ServerCheck.MYSQL_CHECK);
    }

    /** The same listeners for another topology, e.g. after a failover or with one more replica. */
    public HaproxyPlan withTopology(HaproxyServer newPrimary, HaproxyServer newWriteBackup,
            List<HaproxyServer> newReaders) {
        return new HaproxyPlan(bindAddress, writePort, readPort, statsPort, statsUser, statsPassword, monitorUser,
                checkInterMs, checkFall, newPrimary, newWriteBackup, newReaders, agentPort, dnsResolver, serverCheck);
    }

    public HaproxyPlan withAgentPort(Integer newAgentPort) {
        return new HaproxyPlan(bindAddress, writePort, readPort, statsPort, statsUser, statsPassword, monitorUser,
                checkInterMs, checkFall, primary, writeBackup, readers, newAgentPort, dnsResolver, serverCheck);
    }

    @Override
    public String toString() {
        return "HaproxyPlan[bind=" + bindAddress + ", writePort=" + writePort + ", readPort=" + readPort
                + ", statsPort=" + statsPort + ", statsUser=" + statsUser + ", statsPassword=****, monitorUser="
                + monitorUser + ", check=" + checkInterMs + "ms/" + checkFall + ", primary=" + primary
                + ", writeBackup=" + writeBackup + ", readers=" + readers + ", agentPort=" + agentPort
                + ", dnsResolver=" + dnsResolver + ", serverCheck=" + serverCheck + "]";
    }
}
