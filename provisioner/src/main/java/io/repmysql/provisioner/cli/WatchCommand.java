package io.repmysql.provisioner.cli;

import io.repmysql.provisioner.cluster.ClusterContext;
import io.repmysql.provisioner.cluster.ClusterProvisioner;
import io.repmysql.provisioner.cluster.Watcher;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

import java.time.Duration;
import java.util.concurrent.Callable;

@Command(name = "watch", mixinStandardHelpOptions = true, exitCodeListHeading = "%nExit codes:%n",
        exitCodeList = {" 0:stopped by Ctrl-C", " 1:the cluster is not up, or the cluster file is wrong",
                ExitCodes.USAGE},
        description = "Watch the primary through HAProxy's checks and fail over when it is down; "
        + "runs until Ctrl-C. No second failover inside the anti-flap window.")
final class WatchCommand implements Callable<Integer> {

    static final long DEFAULT_ANTI_FLAP_SECONDS = 300;

    @Mixin
    ClusterOptions options;

    @Option(names = "--anti-flap", paramLabel = "SECONDS", defaultValue = "" + DEFAULT_ANTI_FLAP_SECONDS,
            description = "No second failover within this many seconds of the last (default: ${DEFAULT-VALUE}).")
    long antiFlapSeconds;

    @Override
    public Integer call() {
        ClusterContext context = options.context(true);
        try (ClusterProvisioner provisioner = new ClusterProvisioner(context)) {
            new Watcher(context, provisioner, Duration.ofSeconds(antiFlapSeconds), System::nanoTime)
                    .run(Watcher.pollInterval(context.spec().haproxy().check()));
        }
        return 0;
    }
}
