package io.repmysql.provisioner.cli;

import io.repmysql.provisioner.cluster.ClusterContext;
import io.repmysql.provisioner.cluster.ClusterNode;
import io.repmysql.provisioner.cluster.ClusterProvisioner;
import io.repmysql.provisioner.cluster.ReplicaAdder;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

import java.util.concurrent.Callable;

@Command(name = "add-replica", mixinStandardHelpOptions = true, exitCodeListHeading = "%nExit codes:%n",
        exitCodeList = {" 0:the replica was added and is in the read pool", ExitCodes.ERROR, ExitCodes.USAGE},
        description = "Start one more replica on the running cluster, seed it from the "
        + "live primary, add it to the read pool.")
final class AddReplicaCommand implements Callable<Integer> {

    @Mixin
    ClusterOptions options;

    @Option(names = "--port", paramLabel = "N", description = "Its port (default: one above the highest replica's).")
    Integer port;

    @Override
    public Integer call() {
        ClusterContext context = options.context();
        try (ClusterProvisioner provisioner = new ClusterProvisioner(context)) {
            ClusterNode node = new ReplicaAdder(context, provisioner).add(port);
            System.out.println("added " + node.containerName(context.name()) + " (server id " + node.serverId()
                    + ", port " + node.port() + ")");
        }
        return 0;
    }
}
