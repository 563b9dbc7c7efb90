package io.repmysql.provisioner.haproxy;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.repmysql.provisioner.secrets.ClusterSecrets;
import io.repmysql.provisioner.spec.ClusterSpec;
import io.repmysql.provisioner.spec.NetworkMode;
import java.util.List;
import org.junit.jupiter.api.Test;

class HaproxyConfigRendererTest {

    private static List<String> section(String config, String header) {
        List<String> lines = config.lines().toList();
        int start = lines.indexOf(header);
        assertThat(start).as("section %s", header).isNotNegative();
        int end = start + 1;
        while (end < lines.size() && !lines.get(end).isEmpty()) {
            end++;
        }
        return lines.subList(start + 1, end).stream().map(String::strip).toList();
    }

    @Test
    void writePort_sendsEverythingToThePrimary_withTheWriteBackupAsBackup() {
        String config = HaproxyConfigRenderer.render(HaproxyPlans.hostMode());

        assertThat(section(config, "listen write_nodes")).containsExactly(
                "bind 127.0.0.1:3306",
                "retries 0",
                "option mysql-check user haproxy_check post-41",
                "default-server inter 2000 fastinter 500 fall 3 on-marked-down shutdown-sessions",
                "server demo-primary 127.0.0.1:13306 check rise 99999999",
                "server demo-replica-0 127.0.0.1:13307 check rise 2 backup");
    }

    @Test
    void readPort_balancesRoundRobinOverEveryReader() {
        String config = HaproxyConfigRenderer.render(HaproxyPlans.hostMode());

        assertThat(section(config, "listen read_nodes")).containsExactly(
                "bind 127.0.0.1:3307",
                "balance roundrobin",
                "option redispatch",
                "option mysql-check user haproxy_check post-41",
                "default-server inter 2000 fastinter 500 fall 3 on-marked-down shutdown-sessions",
                "server demo-replica-0 127.0.0.1:13307 check rise 2",
                "server demo-replica-1 127.0.0.1:13308 check rise 2",
                "server demo-replica-2 127.0.0.1:13309 check rise 2");
    }

    @Test
    void statsPage_isHttpBehindCredentials_withoutAdmin() {
        String config = HaproxyConfigRenderer.render(HaproxyPlans.hostMode());

        assertThat(section(config, "listen stats")).containsExactly(
                "bind 127.0.0.1:8080",
                "mode http",
                "timeout client 30s",
                "timeout http-request 10s",
                "stats enable",
                "stats uri /stats",
                "stats refresh 5s",
                "stats realm repmysql",
                "stats hide-version",
                "stats auth repmysql:" + HaproxyPlans.STATS_PASSWORD);
        assertThat(config).doesNotContain("stats admin");
    }

    @Test
    void global_runsInTheForeground_withTheSocketThatHandsListenersOverOnReload() {
        String config = HaproxyConfigRenderer.render(HaproxyPlans.hostMode());

        assertThat(section(config, "global"))
                .contains("stats socket /var/lib/haproxy/admin.sock mode 600 level admin expose-fd listeners")
                .noneMatch(line -> line.startsWith("daemon"));
        assertThat(section(config, "defaults")).contains("mode tcp", "timeout connect 5s", "timeout client 8h",
                "timeout server 8h", "retries 3");
        assertThat(section(config, "listen write_nodes")).doesNotContain("option redispatch");
    }

    @Test
    void noWriteBackup_leavesOnlyThePrimaryOnTheWritePort() {
        HaproxyPlan plan = HaproxyPlans.hostMode();
        plan = plan.withTopology(plan.primary(), null, plan.readers());

        assertThat(section(HaproxyConfigRenderer.render(plan), "listen write_nodes"))
                .filteredOn(line -> line.startsWith("server "))
                .containsExactly("server demo-primary 127.0.0.1:13306 check rise 99999999");
    }

    @Test
    void afterFailover_theNewPrimaryTakesWrites_andLeavesTheReadPool() {
        HaproxyPlan plan = HaproxyPlans.hostMode();
        List<HaproxyServer> readers = plan.readers();
        HaproxyPlan failedOver = plan.withTopology(readers.get(0), readers.get(1), readers.subList(1, 3));

        String config = HaproxyConfigRenderer.render(failedOver);

        assertThat(section(config, "listen write_nodes")).filteredOn(line -> line.startsWith("server "))
                .containsExactly("server demo-replica-0 127.0.0.1:13307 check rise 99999999",
                        "server demo-replica-1 127.0.0.1:13308 check rise 2 backup");
        assertThat(section(config, "listen read_nodes")).filteredOn(line -> line.startsWith("server "))
                .containsExactly("server demo-replica-1 127.0.0.1:13308 check rise 2",
                        "server demo-replica-2 127.0.0.1:13309 check rise 2");
        assertThat(config).doesNotContain("demo-primary");
    }

    @Test
    void agentPort_addsAnAgentCheckToEveryReader_andAServerOwnPortWins() {
        HaproxyPlan plan = HaproxyPlans.hostMode().withAgentPort(9200);
        List<HaproxyServer> readers = List.of(plan.readers().get(0), plan.readers().get(1).withAgentPort(9201));
        plan = plan.withTopology(plan.primary(), plan.writeBackup(), readers);

        assertThat(section(HaproxyConfigRenderer.render(plan), "listen read_nodes"))
                .filteredOn(line -> line.startsWith("server ")).containsExactly(
                        "server demo-replica-0 127.0.0.1:13307 check rise 2 agent-check agent-port 9200 agent-inter 2000",
                        "server demo-replica-1 127.0.0.1:13308 check rise 2 agent-check agent-port 9201 agent-inter 2000");
    }

    @Test
    void bridgeMode_bindsEveryInterface_andResolvesContainerNamesThroughDockerDns() {
        ClusterSpec spec = ClusterSpec.defaults();
        spec = new ClusterSpec(spec.name(), spec.flavor(), spec.images(), NetworkMode.BRIDGE, spec.database(),
                spec.users(), spec.primary(), spec.replicas(), spec.writeBackup(), spec.replication(),
                spec.haproxy());
        ClusterSecrets secrets = new ClusterSecrets("r", "a", "p", "repmysql", "StatsPw1");
        HaproxyServer primary = new HaproxyServer("demo-primary", "demo-primary", 3306);
        HaproxyServer replica = new HaproxyServer("demo-replica-0", "demo-replica-0", 3306);

        String config = HaproxyConfigRenderer.render(
                HaproxyPlan.forCluster(spec, secrets, primary, replica, List.of(replica)));

        assertThat(config).doesNotContain("127.0.0.1:");
        assertThat(section(config, "resolvers dns")).contains("nameserver docker 127.0.0.11:53");
        assertThat(section(config, "listen write_nodes")).containsExactly(
                "bind 0.0.0.0:3306",
                "retries 0",
                "option mysql-check user haproxy_check post-41",
                "default-server inter 1000 fastinter 250 fall 2 on-marked-down shutdown-sessions resolvers dns init-addr "
                        + "last,libc,none",
                "server demo-primary demo-primary:3306 check rise 99999999",
                "server demo-replica-0 demo-replica-0:3306 check rise 2 backup");
        assertThat(section(config, "listen stats")).contains("bind 0.0.0.0:8080");
    }

    @Test
    void hostMode_forCluster_bindsTheFileBindAddress_withoutResolver() {
        ClusterSecrets secrets = new ClusterSecrets("r", "a", "p", "repmysql", "StatsPw1");
        HaproxyServer primary = new HaproxyServer("demo-primary", "127.0.0.1", 13306);

        HaproxyPlan plan = HaproxyPlan.forCluster(ClusterSpec.defaults(), secrets, primary, null, List.of());

        assertThat(plan.bindAddress()).isEqualTo("127.0.0.1");
        assertThat(plan.dnsResolver()).isNull();
        assertThat(HaproxyConfigRenderer.render(plan)).doesNotContain("resolvers");
    }

    @Test
    void ipv6Addresses_areBracketed() {
        HaproxyPlan plan = new HaproxyPlan("::1", 3306, 3307, 8080, "repmysql", "pw", "haproxy_check", 2000, 3,
                new HaproxyServer("p", "::1", 13306), null, List.of(), null, null, ServerCheck.MYSQL_CHECK);

        assertThat(section(HaproxyConfigRenderer.render(plan), "listen write_nodes"))
                .contains("bind [::1]:3306", "server p [::1]:13306 check rise 99999999");
    }

    @Test
    void toString_masksTheStatsPassword() {
        assertThat(HaproxyPlans.hostMode().toString()).doesNotContain(HaproxyPlans.STATS_PASSWORD).contains("****");
    }

    @Test
    void valuesThatCouldBreakTheConfig_areRefused_withoutShowingSecrets() {
        HaproxyPlan plan = HaproxyPlans.hostMode();
        assertThatThrownBy(() -> new HaproxyServer("bad name", "127.0.0.1", 1))
                .hasMessage("server name 'bad name' cannot go into HAProxy's config; use 1 to 64 letters, digits, "
                        + "'_', '.' or '-'");
        assertThatThrownBy(() -> new HaproxyServer("n", "host\nlisten evil", 1))
                .hasMessageStartingWith("host of server n 'host\nlisten evil' is neither an IP address");
        assertThatThrownBy(() -> new HaproxyServer("n", "127.0.0.1", 70000))
                .hasMessage("port of server n 70000 is out of range; use 1 to 65535");
        assertThatThrownBy(() -> new HaproxyPlan("127.0.0.1", 1, 2, 3, "repmysql", "pass word#x", "mon", 2000, 3,
                plan.primary(), null, List.of(), null, null, ServerCheck.MYSQL_CHECK))
                .hasMessage("the stats password cannot go into HAProxy's config: it must be 1 to 128 letters, "
                        + "digits or _ . + = - (generated passwords are); set another one")
                .message().doesNotContain("pass word");
        assertThatThrownBy(() -> new HaproxyPlan("localhost", 1, 2, 3, "repmysql", "pw", "mon", 2000, 3,
                plan.primary(), null, List.of(), null, null, ServerCheck.MYSQL_CHECK))
                .hasMessage("bind address 'localhost' is not an IP address; use e.g. 127.0.0.1");
        assertThatThrownBy(() -> new HaproxyPlan("127.0.0.1", 1, 1, 3, "repmysql", "pw", "mon", 2000, 3,
                plan.primary(), null, List.of(), null, null, ServerCheck.MYSQL_CHECK))
                .hasMessage("write port 1, read port 1 and stats port 3 must all be different");
        assertThatThrownBy(() -> plan.withTopology(plan.primary(), plan.primary(), List.of()))
                .hasMessage("write backup 'demo-primary' has the primary's name; give every server its own name");
        assertThatThrownBy(() -> plan.withTopology(plan.primary(), null,
                List.of(plan.readers().get(0), plan.readers().get(0))))
                .hasMessage("reader 'demo-replica-0' is listed twice; give every server its own name");
    }
}
