package io.repmysql.provisioner.cli;

import io.repmysql.provisioner.cluster.ClusterContext;
import io.repmysql.provisioner.cluster.ClusterProvisioner;
import io.repmysql.provisioner.cluster.Failover;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;

import java.util.concurrent.Callable;

@Command(name = "failover", mixinStandardHelpOptions = true, exitCodeListHeading = "%nExit codes:%n",
        exitCodeList = {" 0:a replica was promoted and HAProxy sends writes to it",
                " 1:no failover: no replica answers, or a step failed (the message says which)", ExitCodes.USAGE},
        description = "Promote the most advanced replica (the write backup on a tie), repoint "
        + "the other replicas, fence the old primary, reload HAProxy.")
final class FailoverCommand implements Callable<Integer> {

    @Mixin
    ClusterOptions options;

    @Override
    public Integer call() {
        ClusterContext context = options.context();
        try (ClusterProvisioner provisioner = new ClusterProvisioner(context)) {
            Failover.Result result = new Failover(context, provisioner).run();
            System.out.println("primary: " + result.newPrimary() + " (was " + result.oldPrimary() + ", now fenced); "
                    + "write backup: " + (result.newWriteBackup() == null ? "none" : result.newWriteBackup())
                    + "; took " + result.millis() + " ms");
        }
        return 0;
    }
}
