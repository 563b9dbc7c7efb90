package io.repmysql.provisioner.cli;

import tools.jackson.databind.SerializationFeature;
import tools.jackson.databind.json.JsonMapper;
import io.repmysql.provisioner.cluster.ClusterProvisioner;
import io.repmysql.provisioner.cluster.ClusterStatus;
import io.repmysql.provisioner.cluster.NodeStatus;
import io.repmysql.provisioner.cluster.StatusReader;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

import java.util.concurrent.Callable;

@Command(name = "status", mixinStandardHelpOptions = true, exitCodeListHeading = "%nExit codes:%n",
        exitCodeList = {" 0:healthy: every node replicates and HAProxy checks every server UP",
                " 1:degraded: a node, a replication thread or a HAProxy check is not well; also any other error",
                " 2:not running; also a command-line error"},
        description = "One row per node: role, container, replication threads, lag, HAProxy "
        + "state. Exit code 0 healthy, 1 degraded, 2 not running.")
final class StatusCommand implements Callable<Integer> {

    private static final String ROW = "%-12s %-8s %5s %6s %-9s %-4s %-4s %5s %-9s %-34s %s%n";

    @Mixin
    ClusterOptions options;

    @Option(names = "--json", description = "Print JSON instead of a table.")
    boolean json;

    @Override
    public Integer call() throws Exception {
        ClusterStatus status;
        var context = options.context();
        try (ClusterProvisioner provisioner = new ClusterProvisioner(context)) {
            status = new StatusReader(context, provisioner).read();
        }
        if (json) {
            System.out.println(JsonMapper.builder().enable(SerializationFeature.INDENT_OUTPUT).build()
                    .writeValueAsString(status));
        } else {
            print(status);
        }
        return status.health().exitCode();
    }

    private static void print(ClusterStatus status) {
        System.out.printf("cluster %s: %s (HAProxy %s; write %d, read %d, stats %d)%n", status.cluster(),
                status.health(), status.haproxy(), status.writePort(), status.readPort(), status.statsPort());
        System.out.printf(ROW, "NODE", "ROLE", "ID", "PORT", "CONTAINER", "IO", "SQL", "LAG", "READ_ONLY",
                "HAPROXY", "PROBLEM");
        for (NodeStatus n : status.nodes()) {
            System.out.printf(ROW, n.name(), n.role(), n.serverId(), n.port(), n.container(), yesNo(n.ioThread()),
                    yesNo(n.sqlThread()), n.lagSeconds() == null ? "-" : n.lagSeconds(), yesNo(n.readOnly()),
                    n.haproxy().isEmpty() ? "-" : n.haproxy(), n.problem().isEmpty() ? "-" : n.problem());
        }
    }

    private static String yesNo(Boolean value) {
        return value == null ? "-" : value ? "yes" : "no";
    }
}
