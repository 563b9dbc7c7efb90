package io.repmysql.provisioner.cli;

import io.repmysql.provisioner.cluster.ClusterContext;
import io.repmysql.provisioner.cluster.ClusterProvisioner;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

import java.util.concurrent.Callable;

@Command(name = "down", mixinStandardHelpOptions = true, exitCodeListHeading = "%nExit codes:%n",
        exitCodeList = {" 0:nothing of the cluster is left running (also when nothing was)", ExitCodes.ERROR,
                ExitCodes.USAGE},
        description = "Remove what up created, found by labels. Data volumes are kept unless "
        + "--volumes is given.")
final class DownCommand implements Callable<Integer> {

    @Mixin
    ClusterOptions options;

    @Option(names = "--volumes", description = "Also remove the data volumes (the data is gone).")
    boolean volumes;

    @Override
    public Integer call() {
        ClusterContext context = options.context();
        try (ClusterProvisioner provisioner = new ClusterProvisioner(context)) {
            int removed = provisioner.down(volumes);
            System.out.println("cluster " + context.name() + ": removed " + removed + " container(s)"
                    + (volumes ? " and volume(s)" : "; data volumes kept (down --volumes removes them)"));
        }
        return 0;
    }
}
