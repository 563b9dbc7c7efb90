package io.repmysql.provisioner.haproxy;

import java.util.List;

/** Plans for tests: the default cluster's topology on loopback with the given ports. */
final class HaproxyPlans {

    static final String STATS_PASSWORD = "s3cretStatsPassw0rd";

    private HaproxyPlans() {
    }

    static HaproxyPlan hostMode(int writePort, int readPort, int statsPort) {
        HaproxyServer primary = new HaproxyServer("demo-primary", "127.0.0.1", 13306);
        HaproxyServer replica0 = new HaproxyServer("demo-replica-0", "127.0.0.1", 13307);
        HaproxyServer replica1 = new HaproxyServer("demo-replica-1", "127.0.0.1", 13308);
        HaproxyServer replica2 = new HaproxyServer("demo-replica-2", "127.0.0.1", 13309);
        return new HaproxyPlan("127.0.0.1", writePort, readPort, statsPort, "repmysql", STATS_PASSWORD,
                "haproxy_check", 2000, 3, primary, replica0, List.of(replica0, replica1, replica2), null, null,
                ServerCheck.MYSQL_CHECK);
    }

    static HaproxyPlan hostMode() {
        return hostMode(3306, 3307, 8080);
    }
}
