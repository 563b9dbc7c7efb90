package io.repmysql.provisioner.cli;

import picocli.CommandLine;
import picocli.CommandLine.Command;

/** {@code bin/repmysql}: the one command-line entry point. */
@Command(name = "repmysql", mixinStandardHelpOptions = true, versionProvider = RepMySqlCli.Version.class,
        description = "A replicated MySQL/MariaDB cluster behind HAProxy, from one YAML file.",
        subcommands = {UpCommand.class, StatusCommand.class, UrlCommand.class, AddReplicaCommand.class,
                DownCommand.class, LogsCommand.class, ExplainCommand.class, DemoCommand.class, FailoverCommand.class, CommandLine.HelpCommand.class})
public final class RepMySqlCli implements Runnable {

    public static void main(String[] args) {
        System.exit(new CommandLine(new RepMySqlCli())
                .setExecutionExceptionHandler(new ErrorHandler())
                .execute(args));
    }

    @Override
    public void run() {
        new CommandLine(this).usage(System.out);
    }

    /** The version from the jar's manifest, "development" when run from classes. */
    static final class Version implements CommandLine.IVersionProvider {
        @Override
        public String[] getVersion() {
            String version = RepMySqlCli.class.getPackage().getImplementationVersion();
            return new String[] {"repmysql " + (version == null ? "development" : version)};
        }
    }
}
