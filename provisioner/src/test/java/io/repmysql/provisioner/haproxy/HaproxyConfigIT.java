package io.repmysql.provisioner.haproxy;

import static org.assertj.core.api.Assertions.assertThat;

import io.repmysql.provisioner.secrets.ClusterSecrets;
import io.repmysql.provisioner.spec.ClusterSpec;
import io.repmysql.provisioner.spec.NetworkMode;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** HAProxy 2.6 itself, in the project's HAProxy base image, accepts every rendered config. */
class HaproxyConfigIT {

    private static final String IMAGE = "repmysql/haproxy-base:2.6";

    @TempDir
    Path dir;

    @Test
    void hostModeConfig_isValid_withNoWarningButTheNotYetWrittenServerStateFile() throws Exception {
        String output = check(HaproxyConfigRenderer.render(HaproxyPlans.hostMode(23306, 23307, 28080)));

        assertThat(output).contains("Configuration file is valid").doesNotContain("[ALERT]");
        assertThat(output.lines().filter(line -> line.contains("[WARNING]")))
                .allMatch(line -> line.contains("server state file"));
    }

    @Test
    void configWithAgentChecksAndNoBackup_isValid() throws Exception {
        HaproxyPlan plan = HaproxyPlans.hostMode(23306, 23307, 28080).withAgentPort(29200);
        plan = plan.withTopology(plan.primary(), null, plan.readers());

        assertThat(check(HaproxyConfigRenderer.render(plan))).contains("Configuration file is valid");
    }

    @Test
    void configWithoutReaders_isValid() throws Exception {
        HaproxyPlan plan = HaproxyPlans.hostMode(23306, 23307, 28080);
        plan = plan.withTopology(plan.primary(), null, List.of());

        assertThat(check(HaproxyConfigRenderer.render(plan))).contains("Configuration file is valid");
    }

    @Test
    void bridgeModeConfig_withUnresolvableContainerNames_isValid() throws Exception {
        ClusterSpec spec = ClusterSpec.defaults();
        spec = new ClusterSpec(spec.name(), spec.flavor(), spec.images(), NetworkMode.BRIDGE, spec.database(),
                spec.users(), spec.primary(), spec.replicas(), spec.writeBackup(), spec.replication(),
                spec.haproxy().withPorts(23306, 23307, 28080));
        HaproxyServer primary = new HaproxyServer("itest-primary", "itest-primary", 3306);
        HaproxyServer replica = new HaproxyServer("itest-replica-0", "itest-replica-0", 3306);
        HaproxyPlan plan = HaproxyPlan.forCluster(spec, new ClusterSecrets("r", "a", "p", "repmysql", "Pw1"),
                primary, replica, List.of(replica));

        assertThat(check(HaproxyConfigRenderer.render(plan))).contains("Configuration file is valid");
    }

    @Test
    void aBrokenConfig_isReportedInvalid_soTheCheckCanFail() throws Exception {
        assertThat(check("listen x\n    bind 127.0.0.1:notaport\n")).doesNotContain("Configuration file is valid");
    }

    private String check(String config) throws IOException, InterruptedException {
        Files.writeString(dir.resolve("haproxy.cfg"), config, StandardCharsets.UTF_8);
        dir.toFile().setReadable(true, false);
        dir.toFile().setExecutable(true, false);
        dir.resolve("haproxy.cfg").toFile().setReadable(true, false);
        Process process = new ProcessBuilder("docker", "run", "--rm", "--network", "host",
                "--label", "io.repmysql.test=HaproxyConfigIT",
                "-v", dir.toAbsolutePath() + ":/usr/local/etc/haproxy:ro", IMAGE,
                "haproxy", "-c", "-f", HaproxyConfigRenderer.CONFIG_PATH)
                .redirectErrorStream(true).start();
        String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(process.waitFor(120, TimeUnit.SECONDS)).as("docker run finished").isTrue();
        return output;
    }
}
