package io.repmysql.provisioner.cli;

import io.repmysql.provisioner.cluster.ClusterContext;
import io.repmysql.provisioner.cluster.ClusterProvisioner;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;

import java.util.concurrent.Callable;

@Command(name = "up", mixinStandardHelpOptions = true, exitCodeListHeading = "%nExit codes:%n",
        exitCodeList = {ExitCodes.OK_SERVES, ExitCodes.ERROR, ExitCodes.USAGE},
        description = "Build images if missing, start every node and HAProxy, configure "
        + "replication, wait until healthy.")
final class UpCommand implements Callable<Integer> {

    @Mixin
    ClusterOptions options;

    @Override
    public Integer call() {
        ClusterContext context = options.context();
        try (ClusterProvisioner provisioner = new ClusterProvisioner(context)) {
            provisioner.up();
        }
        Summary.print(context);
        return 0;
    }
}
