package io.repmysql.provisioner.cli;

import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;

import java.util.concurrent.Callable;

@Command(name = "url", mixinStandardHelpOptions = true, exitCodeListHeading = "%nExit codes:%n",
        exitCodeList = {ExitCodes.OK, ExitCodes.ERROR, ExitCodes.USAGE},
        description = "Print the cluster's jdbc:repmysql: URL (never a password).")
final class UrlCommand implements Callable<Integer> {

    @Mixin
    ClusterOptions options;

    @Override
    public Integer call() {
        System.out.println(Summary.url(options.context()));
        return 0;
    }
}
